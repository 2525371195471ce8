import Foundation
import Indicators

/// Options shared by the commands that read inputs.
struct AnalysisOptions: Sendable {
    /// How to read the inputs.
    var ingest = IngestOptions()
    /// Age reference date and over-age threshold.
    var linkage = LinkageParameters()
}

/// A timed stage of a run, recorded in `resumen.json`'s `tiempos`.
struct StageTiming: Sendable {
    /// Key in `tiempos` (`lectura_s`, …).
    var key: String
    /// Seconds.
    var seconds: Double

    /// The seconds with exactly three decimals (`12.493`), as `resumen.json` and `--verbose` show them.
    var formattedSeconds: String {
        let millis = Int((seconds * 1000).rounded())
        let fraction = String(millis % 1000)
        return "\(millis / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
    }
}

/// The inputs read, linked and summarised: what every command starts from.
struct Analysis: Sendable {
    /// What was read.
    var ingest: IngestResult
    /// Linked episodes.
    var linked: LinkedData
    /// Indicator context (records, episodes, institutions).
    var context: IndicatorContext
    /// Stage timings.
    var timings: [StageTiming] = []

    /// Reads, links and prepares the indicators of `inputs`, reporting stages to `progress`.
    static func load(_ inputs: [String], options: AnalysisOptions, progress: Progress) -> Analysis {
        var timings: [StageTiming] = []
        var clock = Stopwatch()
        progress.stage("Lectura de archivos")
        var ingest = Ingestor.load(inputs, options: options.ingest)
        timings.append(StageTiming(key: "lectura_s", seconds: clock.lap()))
        progress.stage("Vinculación de trayectorias (\(ingest.enrollment.count) registros)")
        let linked = Linker.link(ingest.enrollment, parameters: options.linkage)
        let columns = ingest.enrollment.columns
        for r in linked.duplicateRecords {
            let f = Int(columns.file[Int(r)])
            ingest.files[f].duplicates += 1
            ingest.files[f].rowsUsed -= 1
        }
        let institutions = InstitutionAttributes.resolve(ingest.enrollment, directory: ingest.directory,
                                                         duplicates: linked.duplicateRecords)
        // Each record's institution name and municipality serve only to resolve the institutions'.
        ingest.enrollment.columns.institutionName = []
        ingest.enrollment.columns.municipality = []
        let context = IndicatorContext(store: ingest.enrollment, linked: linked, institutions: institutions)
        if !ingest.ruta.isEmpty {
            RutaInputCheck.apply(to: &ingest, institutions: Set(institutions.dropFirst().map(\.code)),
                                 years: Set(linked.years))
        }
        timings.append(StageTiming(key: "vinculacion_s", seconds: clock.lap()))
        return Analysis(ingest: ingest, linked: linked, context: context, timings: timings)
    }

    /// The `calidad_datos` findings: reading, MEN reference and linkage checks.
    var qualityFindings: [QualityFinding] {
        DataQuality.ingestFindings(ingest, duplicateRecords: linked.duplicateRecords)
            + DataQuality.menFindings(ingest)
            + (linked.episodes.count > 0 ? DataQuality.linkageFindings(context) : [])
            + DataQuality.subregionFindings(ingest, institutions: context.institutions)
    }

}

/// Elapsed wall time between laps.
struct Stopwatch {
    private var last = DispatchTime.now().uptimeNanoseconds

    /// Seconds since the previous lap (or creation), rounded to milliseconds.
    mutating func lap() -> Double {
        let now = DispatchTime.now().uptimeNanoseconds
        defer { last = now }
        return (Double(now - last) / 1e6).rounded() / 1e3
    }
}
