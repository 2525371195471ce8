extension DataQuality {
    /// Municipalities of the matrícula that the `subregiones` input does not list (their institutions'
    /// foro falls back to the municipality), and municipalities the input lists twice.
    public static func subregionFindings(_ ingest: IngestResult, institutions: [InstitutionInfo]) -> [QualityFinding] {
        guard !ingest.subregions.isEmpty else { return [] }
        let file = ingest.files.first { $0.kind == .subregiones }?.path ?? ""
        let listed = Set(ingest.subregions.map(\.municipality))
        let unlisted = Set(institutions.dropFirst().map(\.municipality)).subtracting(listed).sorted {
            ($0.isEmpty ? "SIN_DATO" : $0) < ($1.isEmpty ? "SIN_DATO" : $1)
        }
        var findings: [QualityFinding] = []
        if let first = unlisted.first {
            findings.append(QualityFinding(check: "municipio_sin_subregion", file: file, column: "CODIGO_MUNICIPIO",
                                           cases: unlisted.count,
                                           example: "municipio \(first.isEmpty ? "SIN_DATO" : first) de la matrícula no está en la tabla de subregiones"))
        }
        var seen = Set<String>(), repeated: [String] = []
        for entry in ingest.subregions where !seen.insert(entry.municipality).inserted { repeated.append(entry.municipality) }
        if let first = repeated.first {
            findings.append(QualityFinding(check: "municipio_subregion_repetido", file: file, column: "CODIGO_MUNICIPIO",
                                           cases: repeated.count, example: "municipio \(first): vale la última fila"))
        }
        return findings
    }
}
