extension SampleFile {
    /// Rows a SPEC §2 reader must reject: the injected `campos`, `sin_clave`, `grado_invalido`,
    /// `anio_invalido` and `institucion_vacia` rows (0 for other kinds and in clean mode).
    public var expectedRejectedRows: Int {
        guard kind == .matricula else { return 0 }
        return InjectedReason.allCases.filter(\.isRejected).reduce(0) { $0 + (injected[$1.rawValue] ?? 0) }
    }

    /// Rows a SPEC §2 reader must drop as exact duplicates (the injected `duplicado_exacto` rows).
    public var expectedDuplicateRows: Int {
        kind == .matricula ? injected[InjectedReason.duplicadoExacto.rawValue] ?? 0 : 0
    }

    /// Rows a SPEC §2 reader must use: `rows − expectedRejectedRows − expectedDuplicateRows`.
    public var expectedUsedRows: Int {
        rows - expectedRejectedRows - expectedDuplicateRows
    }
}
