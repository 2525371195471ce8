import Indicators

/// Writes the human-readable reports of SPEC §8 for PMI/PAM meetings: one diagnostic per institution,
/// the territorial report and an index, as Markdown and self-contained HTML.
enum DiagnosticReports {
    /// Writes `instituciones/<codigo>.html` and `.md`, `reporte_territorial.html` and `.md`, and
    /// `index.html` into `folder` (created if missing), each file atomically.
    ///
    /// Pages are built and written in parallel; the output is byte-identical across runs.
    /// - Complexity: O(rows of the input tables + institutions × their own rows), plus the funnel
    ///   plots, each capped at `FunnelData.sampleLimit` institutions on institution pages.
    static func write(_ inputs: ReportInputs, to folder: String) throws(AtomicFileError) {
        let data = ReportData(inputs)
        let funnels = funnelData(data)
        let root = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        try AtomicFile.createDirectory(at: root + "/instituciones")
        let profiles = data.profiles
        let failures = parallelMap(profiles.count) { index -> AtomicFileError? in
            let profile = profiles[index]
            let document = InstitutionReport.document(for: profile, data: data, funnels: funnels)
            do throws(AtomicFileError) {
                try write(document, to: "\(root)/\(profile.reportPath)")
                return nil
            } catch {
                return error
            }
        }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
        try write(TerritorialReport.document(data: data, funnels: funnels), to: "\(root)/reporte_territorial")
        try AtomicFile.write(ReportIndexPage.document(data: data).html(), to: "\(root)/index.html")
    }

    /// Writes `document` as `<stem>.md` and `<stem>.html`.
    private static func write(_ document: ReportDocument, to stem: String) throws(AtomicFileError) {
        try AtomicFile.write(document.markdown(), to: stem + ".md")
        try AtomicFile.write(document.html(), to: stem + ".html")
    }

    /// The funnel of every flagged indicator in the latest year, by rate column.
    static func funnelData(_ data: ReportData) -> [String: FunnelData] {
        guard let year = data.latestYear else { return [:] }
        var funnels: [String: FunnelData] = [:]
        for indicator in FlowIndicator.flagged {
            funnels[indicator.rate] = FunnelData(indicator, year: year, data: data)
        }
        return funnels
    }
}
