/// The place fields of a row (institution code and name, sede, municipality), looked up together
/// (`PlaceTable`): a shuffled export changes institution on nearly every row, and five dictionary
/// lookups per row (each a few cache misses) cost more than one.
extension MatriculaChunkLoader {
    /// The entry of the row's place fields, adding it (with its institution code interned) when new.
    ///
    /// Rows of one sede usually come together: when the place fields are the bytes of the previous
    /// row's (`previousPlace`), its id is reused without looking them up.
    mutating func placeEntry(_ p: UnsafeBufferPointer<UInt8>, _ fields: UnsafeBufferPointer<FieldSpan>) -> (id: Int, entry: PlaceEntry) {
        let id: Int
        if let same = previousPlace.id(of: p, fields) {
            id = same
        } else {
            id = Int(dictionaries.places.id(p, fields, previousPlace.fieldIndices))
            previousPlace.remember(id, p, fields)
        }
        if id == dictionaries.placeEntries.count {
            let institutionRaw = raw(.institution, p, fields)
            var entry = PlaceEntry(institutionState: .valid)
            if CodeRepair.isScientific(institutionRaw) {
                entry.institutionState = .scientific
            } else {
                let code = CodeRepair.code(institutionRaw)
                if code.isEmpty {
                    entry.institutionState = .missing
                } else {
                    entry.institution = dictionaries.interners.institution.intern(code)
                }
            }
            dictionaries.placeEntries.append(entry)
        }
        return (id, dictionaries.placeEntries[id])
    }

    /// Interns the other place fields of entry `id` (in the order a row-by-row read interns them)
    /// and returns the completed entry.
    mutating func resolvePlace(_ id: Int, _ p: UnsafeBufferPointer<UInt8>, _ fields: UnsafeBufferPointer<FieldSpan>) -> PlaceEntry {
        var entry = dictionaries.placeEntries[id]
        entry.name = dictionaries.interners.institutionName.intern(raw(.institutionName, p, fields))
        let sede = repairedCode(.sede, p, fields)
        entry.scientificSede = sede.scientific
        entry.sede = dictionaries.interners.sede.intern(sede.code)
        let municipality = repairedCode(.municipality, p, fields)
        entry.scientificMunicipality = municipality.scientific
        entry.municipality = dictionaries.interners.municipality.intern(
            CodeRepair.municipality(municipality.code, scratch: keyScratch))
        entry.resolved = true
        dictionaries.placeEntries[id] = entry
        return entry
    }

    /// The repaired code of `column`, or empty and `scientific` when it is in scientific notation.
    private func repairedCode(_ column: MatriculaColumn, _ p: UnsafeBufferPointer<UInt8>, _ fields: UnsafeBufferPointer<FieldSpan>)
        -> (code: UnsafeBufferPointer<UInt8>, scientific: Bool)
    {
        let value = raw(column, p, fields)
        if CodeRepair.isScientific(value) { return (UnsafeBufferPointer(start: nil, count: 0), true) }
        return (CodeRepair.code(value), false)
    }
}
