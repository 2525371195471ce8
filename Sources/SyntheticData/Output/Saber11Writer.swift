import Foundation

/// Writes one year's ICFES-style `saber11_YYYY.csv` from its examinees.
///
/// Every file (clean or messy) has a few rows without school code (`sin_colegio`), a few second rows
/// reusing an `ESTU_CONSECUTIVO` with other scores (`consecutivo_duplicado`), and a few rows whose
/// `ESTU_ESTADOINVESTIGACION` is `VALIDEZ OFICIAL` or `ANULADO` (`no_publicar`); `DESEMP_LECTURA_CRITICA`
/// and `DESEMP_MATEMATICAS` appear in the first Saber year and every other year after it.
struct Saber11Writer {
    private static let anomalies = ["sin_colegio", "consecutivo_duplicado", "no_publicar"]
    private static let anomalyRates = [0.01, 0.003, 0.012]

    /// Writes the file and describes it.
    static func write(
        _ examinees: [Examinee], world: World, yearIndex: Int, saberIndex: Int, configuration: SampleConfiguration,
        directory: URL
    ) throws(SampleError) -> SampleFile {
        let year = configuration.firstYear + yearIndex
        let style = FileStyle.saber(saberIndex: saberIndex, messy: configuration.messy)
        let withLevels = saberIndex % 2 == 0
        var random = SampleRandom(seed: configuration.seed, stream: .saberFile(yearIndex: yearIndex))
        var header = [
            "PERIODO", "ESTU_CONSECUTIVO", "COLE_COD_DANE_ESTABLECIMIENTO", "COLE_NOMBRE_ESTABLECIMIENTO",
            "COLE_MCPIO_UBICACION", "PUNT_LECTURA_CRITICA", "PUNT_MATEMATICAS", "PUNT_C_NATURALES",
            "PUNT_SOCIALES_CIUDADANAS", "PUNT_INGLES", "PUNT_GLOBAL",
        ]
        if withLevels { header += ["DESEMP_LECTURA_CRITICA", "DESEMP_MATEMATICAS"] }
        header += ["DESEMP_INGLES", "ESTU_ESTADOINVESTIGACION"]

        let path = "saber11_\(year).csv"
        let sink = try FileSink(directory: directory, relativePath: path)
        var buffer = RowBuffer(style: style)
        buffer.appendHeader(header, style: style)
        let texts = SaberTexts(world: world, style: style, withLevels: withLevels)
        let plans = anomalies.indices.map { index in
            InjectionPlan(rowCount: examinees.count, reasons: 1, rate: anomalyRates[index], &random) { _, _ in true }
        }
        var counts: [String: Int] = [:]
        var rows = 0
        for (serial, examinee) in examinees.enumerated() {
            let flagged = plans.map { $0.reason(at: serial) != nil }
            for (index, name) in anomalies.enumerated() where flagged[index] { counts[name, default: 0] += 1 }
            let institution = world.institutions[Int(examinee.institution)]
            var row = SaberRow(
                period: year * 10 + (institution.calendarB ? 2 : 4), serial: serial + 1, examinee: examinee,
                withSchool: !flagged[0], status: flagged[2] ? 1 + random.int(below: 2) : 0)
            let copies = flagged[1] ? 2 : 1
            for copy in 0..<copies {
                if copy == 1 { row = row.rescored(by: -10) }
                row.write(
                    into: &buffer, texts: texts, institution: Int(examinee.institution),
                    municipality: institution.municipality, institutionCode: institution.code)
                rows += 1
            }
            try sink.drain(&buffer)
        }
        try sink.finish(&buffer)
        return SampleFile(
            path: path, kind: .saber11, year: year, rows: rows, delimiter: style.delimiter.text,
            encoding: style.encoding, lineEnding: style.lineEnding, columns: header, injected: counts)
    }
}
