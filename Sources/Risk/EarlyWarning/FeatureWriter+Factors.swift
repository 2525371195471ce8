extension FeatureWriter {
    /// The columns whose values come from the row's (institution, level, year) context, ascending.
    static let contextColumns = [WarningFeature.tasaDesercionInstitucionAnterior, .tasaDesercionInstitucionHistorica,
                                 .tasaDesercionMunicipioHistorica].map(\.column)

    /// The distinct rows named by `entries` (ascending, distinct keys), in that order, with their
    /// counts, stored as two factors (`FactoredRows`): the student part of each key (its bits below
    /// the context's position) and its context. Levels are numbered by first appearance in key
    /// order, so the table is a function of the keys alone.
    ///
    /// - Complexity: O(entries) expected (one hash probe each), plus O(levels × features) to write
    ///   the levels' values.
    func distinctRows(_ entries: [KeyCount]) -> DistinctRows {
        let studentMask: UInt64 = (1 << Self.contextShift) - 1
        let contextColumns = Self.contextColumns
        let studentColumns = (0..<Self.featureCount).filter { !contextColumns.contains($0) }
        var table = RowKeyTable(reserving: 1 << 16)
        var studentKeys: [UInt64] = []
        var studentLevels = [UInt32](), contextLevels = [UInt32]()
        studentLevels.reserveCapacity(entries.count)
        contextLevels.reserveCapacity(entries.count)
        var contextLevel = [Int32](repeating: -1, count: contexts.count / 3)
        var contextOrder: [Int] = []
        for entry in entries {
            let student = entry.key & studentMask
            switch table.probe(key: KeyedRowCounts.mixed(student), matches: { studentKeys[$0] == student }) {
            case .found(let level):
                studentLevels.append(UInt32(level))
            case .vacant(let slot):
                table.insert(key: KeyedRowCounts.mixed(student), index: studentKeys.count, at: slot)
                studentLevels.append(UInt32(studentKeys.count))
                studentKeys.append(student)
            }
            let context = Int(entry.key >> Self.contextShift)
            if contextLevel[context] < 0 {
                contextLevel[context] = Int32(contextOrder.count)
                contextOrder.append(context)
            }
            contextLevels.append(UInt32(contextLevel[context]))
        }
        var scratch = [Float](repeating: 0, count: Self.featureCount)
        func values(of keys: [UInt64], columns: [Int]) -> [Double] {
            var values: [Double] = []
            values.reserveCapacity(keys.count * columns.count)
            for key in keys {
                scratch.withUnsafeMutableBufferPointer { write(key: key, into: $0) }
                for column in columns { values.append(Double(scratch[column])) }
            }
            return values
        }
        let student = FactoredRows.Factor(columns: studentColumns, levelCount: studentKeys.count,
                                          values: values(of: studentKeys, columns: studentColumns), levels: studentLevels)
        let contextKeys = contextOrder.map { UInt64($0) << Self.contextShift }
        let context = FactoredRows.Factor(columns: contextColumns, levelCount: contextKeys.count,
                                          values: values(of: contextKeys, columns: contextColumns), levels: contextLevels)
        return DistinctRows(
            columnNames: WarningFeature.columnNames,
            factors: FactoredRows(first: student, second: context, columnCount: Self.featureCount),
            counts: entries.map { DistinctRows.LabelCounts(positives: Double($0.positives), negatives: Double($0.negatives)) })
    }
}
