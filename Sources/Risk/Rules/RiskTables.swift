import Indicators

/// The SPEC §8 tables of the risk stage, built from the typed results.
public enum RiskTables {
    /// `alertas_institucion`: one row per flag, in the order given (`InstitutionFlag.listedBefore`).
    public static func alerts(_ flags: [InstitutionFlag]) -> ResultTable {
        ResultTable(name: "alertas_institucion", columns: [
            ResultColumn("anio", .integers(flags.map { Int64($0.year) })),
            ResultColumn("institucion", .texts(flags.map(\.institution))),
            ResultColumn("indicador", .texts(flags.map(\.indicator.rawValue))),
            ResultColumn("valor", .decimals(flags.map(\.value))),
            ResultColumn("referencia", .decimals(flags.map(\.reference))),
            ResultColumn("numerador", .integers(flags.map(\.numerator))),
            ResultColumn("denominador", .integers(flags.map(\.denominator))),
            ResultColumn("estadistico", .decimals(flags.map(\.statistic))),
            ResultColumn("nivel", .texts(flags.map(\.level.rawValue))),
            ResultColumn("regla", .texts(flags.map(\.rule.rawValue))),
        ])
    }

    /// `funnel_parametros`: one row per year and indicator, in the order given.
    public static func funnels(_ parameters: [FunnelParameters]) -> ResultTable {
        ResultTable(name: "funnel_parametros", columns: [
            ResultColumn("anio", .integers(parameters.map { Int64($0.year) })),
            ResultColumn("indicador", .texts(parameters.map(\.indicator.rawValue))),
            ResultColumn("referencia", .decimals(parameters.map(\.reference))),
            ResultColumn("instituciones", .integers(parameters.map { Int64($0.institutions) })),
            ResultColumn("phi", .decimals(parameters.map(\.phi))),
            ResultColumn("tau2", .decimals(parameters.map(\.tau2))),
        ])
    }

    /// `priorizacion`: one row per institution in rank order, `padrinoCount` padrino columns
    /// (`padrino_1…`) and `grupo_acompanamiento` last.
    public static func priorities(_ entries: [PriorityEntry], padrinoCount: Int) -> ResultTable {
        let padrinos = (0..<padrinoCount).map { k in
            ResultColumn("padrino_\(k + 1)", .texts(entries.map { k < $0.padrinos.count ? $0.padrinos[k] : nil }))
        }
        return ResultTable(name: "priorizacion", columns: [
            ResultColumn("anio", .integers(entries.map { Int64($0.year) })),
            ResultColumn("rango", .integers(entries.map { Int64($0.rank) })),
            ResultColumn("institucion", .texts(entries.map(\.institution))),
            ResultColumn("nombre", .texts(entries.map(\.name))),
            ResultColumn("municipio", .texts(entries.map(\.municipality))),
            ResultColumn("zona", .texts(entries.map(\.zone))),
            ResultColumn("puntaje", .integers(entries.map { Int64($0.score) })),
            ResultColumn("alertas_altas", .integers(entries.map { Int64($0.highFlags) })),
            ResultColumn("alertas_medias", .integers(entries.map { Int64($0.mediumFlags) })),
            ResultColumn("modalidad", .texts(entries.map(\.modality.rawValue))),
        ] + padrinos + [
            ResultColumn("grupo_acompanamiento", .texts(entries.map(\.group))),
        ])
    }
}
