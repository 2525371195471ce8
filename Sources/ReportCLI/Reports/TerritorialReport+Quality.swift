extension TerritorialReport {
    /// The data-quality checks with a plain description of each.
    mutating func writeQuality() {
        document.section("Calidad de los datos")
        guard let table = data.table(ReportTableName.quality) else {
            document.note("No se cargó la tabla de calidad de los datos (calidad_datos).")
            return
        }
        guard table.rowCount > 0 else {
            document.paragraph("Los chequeos de calidad no encontraron problemas.")
            return
        }
        document.paragraph("Estos chequeos muestran cuánto confiar en las cifras. Las filas rechazadas no entran en "
            + "los indicadores; los demás hallazgos se conservan pero conviene corregirlos en la fuente.")
        let rows = Array(0..<table.rowCount)
        var builder = ReportTableBuilder(rowCount: rows.count)
        builder.texts("Chequeo", rows.map { table.text("chequeo", at: $0).map(Self.checkDescription) })
        builder.copy("archivo", from: table, rows: rows, as: "Archivo")
        builder.copy("columna", from: table, rows: rows, as: "Columna")
        builder.copy("casos", from: table, rows: rows, as: "Casos")
        builder.copy("ejemplo", from: table, rows: rows, as: "Ejemplo")
        document.table(builder.table(named: "calidad"), caption: "Chequeos de calidad de los datos")
    }

    /// A check code in words.
    private static func checkDescription(_ check: String) -> String {
        if check.hasPrefix("rechazo_") {
            return "Filas rechazadas (\(check.dropFirst("rechazo_".count).replacingOccurrences(of: "_", with: " ")))"
        }
        return switch check {
        case "archivo_no_usado": "Archivo que no se pudo usar"
        case "codificacion": "Codificación de caracteres"
        case "valor_invalido": "Valores no válidos (se dejan vacíos)"
        case "duplicado_exacto": "Filas duplicadas (se usa una)"
        case "saber11_sin_institucion": "Saber 11 sin código de institución"
        case "saber11_no_publicado": "Saber 11 no publicado (en investigación)"
        case "men_suma_distinta_de_100": "Referencia MEN que no suma 100 %"
        case "doble_matricula": "Estudiantes matriculados en dos instituciones al cierre"
        case "repitente_reportado_no_observado": "Repitente reportado que no repite el grado"
        case "repeticion_observada_no_reportada": "Repite el grado sin estar reportado como repitente"
        case "edad_fuera_de_rango": "Edad fuera del rango de dos a treinta años"
        case "vacios_en_trayectoria": "Años sin registro en la trayectoria"
        case "variacion_matricula_institucion": "Matrícula de una institución que cambia más del 50 %"
        case "cambio_de_clave": "Estudiantes que cambian de documento"
        default: check
        }
    }

    /// The tables that were not available, and the privacy rule.
    mutating func writeNotes() {
        document.section("Notas")
        var notes = ["Cada institución tiene su diagnóstico en la carpeta instituciones/, enlazado desde el índice."]
        let expected = [ReportTableName.institution, ReportTableName.grade, ReportTableName.saber,
                        ReportTableName.alerts, ReportTableName.funnel, ReportTableName.priority,
                        ReportTableName.validation, ReportTableName.quality]
        let missing = expected.filter { data.table($0) == nil }
        if !missing.isEmpty { notes.append("No se cargaron: \(ReportWording.joined(missing)).") }
        if data.wording.isPublic {
            notes.append(ReportWording.publicNote + " Tampoco los ejemplos de la tabla de calidad.")
        }
        document.list(notes)
    }
}
