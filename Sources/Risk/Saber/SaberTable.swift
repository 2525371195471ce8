import Indicators

/// `saber11_institucion` (SPEC §5): Saber 11 results per year and institution, plus a territory row.
///
/// Only published examinees count (`SaberRecord.published`; duplicates were already dropped by the
/// `Ingestor`). Per group:
/// - `evaluados` = published examinees;
/// - `promedio_*` = mean over the non-null scores of that subject (empty when none);
/// - `desviacion_global` = sample standard deviation of `PUNT_GLOBAL`, Σ(x − x̄)² / (n − 1) under the
///   root, n the non-null global scores (empty when n < 2);
/// - `tasa_insuficiente_*` = examinees at level 1 / `evaluados` (an empty or invalid level counts as
///   not level 1); empty when the file has neither the area's `DESEMP_` nor its `PUNT_` column (issue
///   12: an absent column is not a zero). When one group mixes files with and without the column, the
///   denominator is the examinees of the files that have it.
///
/// The territory row (`institucion` = `TOTAL`) of a year uses all its examinees, with or without a
/// school code; examinees without a code are left out of the institution rows. Rows are sorted by
/// `anio`, and within a year the `TOTAL` row comes first, then institutions by code.
public enum SaberTable {
    /// Table name (file stem).
    public static let name = "saber11_institucion"
    /// The `institucion` value of the territory row.
    public static let territoryCode = "TOTAL"

    /// Builds the table from the ingested examinees.
    ///
    /// - Complexity: O(records + groups · log groups); two passes over the records in input order.
    public static func make(records: [SaberRecord]) -> ResultTable {
        var groupOf: [GroupKey: Int] = [:]
        var keys: [GroupKey] = []
        var recordGroups: [(territory: Int32, institution: Int32)] = []
        recordGroups.reserveCapacity(records.count)
        func group(_ key: GroupKey) -> Int32 {
            if let g = groupOf[key] { return Int32(g) }
            groupOf[key] = keys.count
            keys.append(key)
            return Int32(keys.count - 1)
        }
        for record in records {
            guard record.published else { recordGroups.append((-1, -1)); continue }
            let territory = group(GroupKey(year: record.year, institution: nil))
            let institution = record.institution.isEmpty
                ? -1 : group(GroupKey(year: record.year, institution: record.institution))
            recordGroups.append((territory, institution))
        }
        var sums = SaberAccumulator(groups: keys.count)
        for (record, groups) in zip(records, recordGroups) where groups.territory >= 0 {
            sums.add(record, to: Int(groups.territory))
            if groups.institution >= 0 { sums.add(record, to: Int(groups.institution)) }
        }
        for (record, groups) in zip(records, recordGroups) where groups.territory >= 0 {
            sums.addDeviation(record, to: Int(groups.territory))
            if groups.institution >= 0 { sums.addDeviation(record, to: Int(groups.institution)) }
        }
        let order = keys.indices.sorted { keys[$0] < keys[$1] }
        return ResultTable(name: name, columns: columns(order.map { (keys[$0], $0) }, sums))
    }

    /// The output columns for `rows` (key and group), in SPEC §5 order.
    private static func columns(_ rows: [(key: GroupKey, group: Int)], _ sums: SaberAccumulator) -> [ResultColumn] {
        func means(_ subject: SaberAccumulator.Subject) -> ResultColumn.Values {
            .decimals(rows.map { sums.mean($0.group, subject) })
        }
        return [
            ResultColumn("anio", .integers(rows.map { Int64($0.key.year) })),
            ResultColumn("institucion", .texts(rows.map { $0.key.institution ?? territoryCode })),
            ResultColumn("evaluados", .integers(rows.map { Int64(sums.examinees[$0.group]) })),
            ResultColumn("promedio_global", means(.global)),
            ResultColumn("desviacion_global", .decimals(rows.map { sums.globalStandardDeviation($0.group) })),
            ResultColumn("promedio_lectura_critica", means(.criticalReading)),
            ResultColumn("promedio_matematicas", means(.mathematics)),
            ResultColumn("promedio_c_naturales", means(.naturalSciences)),
            ResultColumn("promedio_sociales_ciudadanas", means(.socialSciences)),
            ResultColumn("promedio_ingles", means(.english)),
            ResultColumn("tasa_insuficiente_matematicas", .rates(rows.map { sums.insufficientMathematicsRate($0.group) })),
            ResultColumn("tasa_insuficiente_lectura_critica", .rates(rows.map { sums.insufficientReadingRate($0.group) })),
        ]
    }

    /// A row key: the territory row of a year has no institution and sorts before its institutions.
    private struct GroupKey: Hashable, Comparable {
        var year: Int
        var institution: String?

        static func < (a: GroupKey, b: GroupKey) -> Bool {
            if a.year != b.year { return a.year < b.year }
            switch (a.institution, b.institution) {
            case (nil, nil): return false
            case (nil, _): return true
            case (_, nil): return false
            case (let x?, let y?): return x < y
            }
        }
    }
}
