import Indicators

extension RutaPlan {
    /// `ruta_plan`: SPEC §12.1's columns, one row per entry in priority order; the eight fill-in
    /// columns empty.
    public var planTable: ResultTable {
        let e = entries
        func code(_ list: KeyPath<RutaPlanEntry, [String]>, _ k: Int) -> ResultColumn.Values {
            .texts(e.map { k < $0[keyPath: list].count ? $0[keyPath: list][k] : nil })
        }
        let empty = [String?](repeating: nil, count: e.count)
        return ResultTable(name: "ruta_plan", columns: [
            ResultColumn("anio_base", .integers(e.map { Int64($0.priority.year) })),
            ResultColumn("rango", .integers(e.map { Int64($0.priority.rank) })),
            ResultColumn("institucion", .texts(e.map(\.priority.institution))),
            ResultColumn("nombre", .texts(e.map(\.priority.name))),
            ResultColumn("municipio", .texts(e.map(\.priority.municipality))),
            ResultColumn("subregion", .texts(e.map(\.subregion))),
            ResultColumn("zona", .texts(e.map(\.priority.zone))),
            ResultColumn("puntaje", .integers(e.map { Int64($0.priority.score) })),
            ResultColumn("modalidad", .texts(e.map(\.priority.modality.rawValue))),
            ResultColumn("indicador_principal", .texts(e.map(\.principal.indicator.rawValue))),
            ResultColumn("valor_base", .decimals(e.map(\.principal.value))),
            ResultColumn("referencia_base", .decimals(e.map(\.principal.reference))),
            ResultColumn("numerador_base", .integers(e.map(\.principal.numerator))),
            ResultColumn("denominador_base", .integers(e.map(\.principal.denominator))),
            ResultColumn("grupo_acompanamiento", .texts(e.map(\.priority.group))),
        ] + (0..<3).map { ResultColumn("padrino_\($0 + 1)", code(\.priority.padrinos, $0)) }
          + (0..<3).map { ResultColumn("par_\($0 + 1)", code(\.peers, $0)) }
          + [ResultColumn("foro", .texts(e.map(\.forum)))]
          + Self.fillInColumns.map { ResultColumn($0, .texts(empty)) })
    }

    /// `foros`: `anio, foro, indicador, instituciones_con_alerta, instituciones, padrinos` (codes
    /// separated by `;`).
    public var forumTable: ResultTable {
        let f = forums
        return ResultTable(name: "foros", columns: [
            ResultColumn("anio", .integers(f.map { Int64($0.year) })),
            ResultColumn("foro", .texts(f.map(\.forum))),
            ResultColumn("indicador", .texts(f.map(\.indicator.rawValue))),
            ResultColumn("instituciones_con_alerta", .integers(f.map { Int64($0.institutions.count) })),
            ResultColumn("instituciones", .texts(f.map { $0.institutions.joined(separator: ";") })),
            ResultColumn("padrinos", .texts(f.map { $0.padrinos.joined(separator: ";") })),
        ])
    }
}
