/// The columns of a `matricula` file, in the order of the clean header, with the header variants a
/// messy file may use instead. Every variant normalises (SPEC §1.2) to an accepted name of the same
/// canonical column.
enum MatriculaColumn: CaseIterable {
    case ano, etc, codigoDane, nombreEstablecimiento, codigoDaneSede, munCodigo, perID, tipoDocumento
    case nroDocumento, fechaNacimiento, genero, grado, grupo, jornada, zonAlu, estado, motivo, fechaNovedad
    case repitente, nuevo, sitAcadAnoAnt, conAlumAnoAnt, resultado, pobVictConf, tipoDiscapacidad, etnia
    case paisOrigen, estrato, sisben

    /// The name in the clean header.
    var name: String { variants[0] }

    /// The clean name first, then the variants a messy header may use.
    var variants: [String] {
        switch self {
        case .ano: ["ANO", "Año", "AÑO", "Vigencia", "Año Inf"]
        case .etc: ["ETC", "Secretaría", "Código ETC"]
        case .codigoDane: ["CODIGO_DANE", "Código_DANE", "Código DANE", "Institución", "Cod. DANE"]
        case .nombreEstablecimiento: ["NOMBRE_ESTABLECIMIENTO", "Nombre Establecimiento", "Nombre Institución"]
        case .codigoDaneSede: ["CODIGO_DANE_SEDE", "Código DANE Sede", "Código Sede"]
        case .munCodigo: ["MUN_CODIGO", "Código Municipio", "Municipio Código"]
        case .perID: ["PER_ID", "Per Id", "ID Persona"]
        case .tipoDocumento: ["TIPO_DOCUMENTO", "Tipo Documento", "Tipo Doc."]
        case .nroDocumento: ["NRO_DOCUMENTO", "Número Documento", "Nro. Documento", "Documento"]
        case .fechaNacimiento: ["FECHA_NACIMIENTO", "Fecha Nacimiento", "Fec. Nacimiento"]
        case .genero: ["GENERO", "Género", "Sexo"]
        case .grado: ["GRADO", "Grado", "Cod. Grado", "Grado Cód."]
        case .grupo: ["GRUPO", "Grupo"]
        case .jornada: ["JORNADA", "Jornada", "Tipo Jornada"]
        case .zonAlu: ["ZON_ALU", "Zona Alumno", "Zona"]
        case .estado: ["ESTADO", "Estado", "Estado Matrícula"]
        case .motivo: ["MOTIVO", "Motivo", "Motivo Retiro", "Motivo Novedad"]
        case .fechaNovedad: ["FECHA_NOVEDAD", "Fecha Novedad", "Fecha Retiro"]
        case .repitente: ["REPITENTE", "Repitente"]
        case .nuevo: ["NUEVO", "Nuevo"]
        case .sitAcadAnoAnt: ["SIT_ACAD_ANO_ANT", "Sit. Acad. Año Ant."]
        case .conAlumAnoAnt: ["CON_ALUM_ANO_ANT", "Con. Alum. Año Ant."]
        case .resultado: ["RESULTADO", "Resultado Final", "Situación Final", "Estado Final"]
        case .pobVictConf: ["POB_VICT_CONF", "Pob. Vict. Conf."]
        case .tipoDiscapacidad: ["TIPO_DISCAPACIDAD", "Tipo Discapacidad"]
        case .etnia: ["ETNIA", "Etnia"]
        case .paisOrigen: ["PAIS_ORIGEN", "País Origen", "Código País Origen"]
        case .estrato: ["ESTRATO", "Estrato"]
        case .sisben: ["SISBEN", "Sisbén", "SISBÉN"]
        }
    }

    /// The columns of a file: `RESULTADO` only when the year publishes results, the prior-year
    /// codes unless the style leaves them out.
    static func columns(publishesResults: Bool, style: FileStyle) -> [MatriculaColumn] {
        allCases.filter { column in
            switch column {
            case .resultado: publishesResults
            case .sitAcadAnoAnt, .conAlumAnoAnt: !style.omitsPriorYearColumns
            default: true
            }
        }
    }

    /// Header names: the clean names, or in a messy file one variant per column drawn from `random`.
    static func header(_ columns: [MatriculaColumn], style: FileStyle, _ random: inout SampleRandom) -> [String] {
        columns.map { style.headerVariants ? random.element(of: $0.variants) : $0.name }
    }
}
