extension FeatureWriter {
    /// Where one column's value sits in a key: `values[(key >> shift) & mask]`.
    struct ColumnField: Sendable {
        /// The field's position and width.
        let shift: UInt64, mask: UInt64
        /// The column's value for each value of the field.
        let values: [Float]
    }

    /// The field of every column, in column order: the layout `write(key:into:)` unpacks (a 0/1
    /// feature is a one-bit field with values 0 and 1; a context column's field is the context's
    /// position, with that context's value).
    func columnFields() -> [ColumnField] {
        let contextMask = UInt64.max >> Self.contextShift
        func bit(_ bit: UInt64) -> ColumnField { ColumnField(shift: bit, mask: 1, values: [0, 1]) }
        var fields = (0..<Self.featureCount).map { bit(UInt64($0)) }
        fields[WarningFeature.extraedadAnios.column] = ColumnField(shift: Self.overAgeShift, mask: 0b111,
                                                                   values: (0..<8).map { Float($0) })
        for (position, column) in Self.contextColumns.enumerated() {
            fields[column] = ColumnField(shift: Self.contextShift, mask: contextMask,
                                         values: stride(from: position, to: contexts.count, by: 3).map { contexts[$0] })
        }
        fields[WarningFeature.grado.column] = ColumnField(
            shift: Self.gradeShift, mask: 0b11111, values: (0..<32).map { $0 < GradeCode.values.count ? GradeCode.value($0) : 0 })
        fields[WarningFeature.gradoFinal.column] = bit(Self.finalGradeBit)
        fields[WarningFeature.edad.column] = ColumnField(shift: Self.ageShift, mask: 0b111111, values: (0..<64).map { Float($0) })
        fields[WarningFeature.fechaNacimientoDesconocida.column] = bit(Self.birthUnknownBit)
        return fields
    }
}
