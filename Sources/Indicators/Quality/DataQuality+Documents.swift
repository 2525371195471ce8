extension DataQuality {
    /// The linkage by document (SPEC §2 version 2): records without a person id that took the person
    /// id of their document (`registros_vinculados_por_documento`) and documents seen with two or more
    /// person ids (`documentos_ambiguos`). Both rows are written whenever there are matricula
    /// records, with 0 cases when nothing happened. Examples show input lines and keys masked to their
    /// last three characters, never a whole document or person id.
    public static func documentFindings(_ result: IngestResult) -> [QualityFinding] {
        let store = result.enrollment
        guard store.count > 0 else { return [] }
        let links = store.documentLinks
        let c = store.columns
        func place(_ record: Int32) -> String {
            let r = Int(record)
            return "\(result.files[Int(c.file[r])].path), línea \(c.line[r])"
        }
        func key(_ id: UInt32) -> String { masked(String(store.interners.student.string(id).dropFirst())) }

        var linkedExample = ""
        if let first = links.linkedRecords.first {
            linkedExample = "\(place(first)): sin PER_ID, documento \(key(links.firstLinkedDocument))"
                + " → PER_ID \(key(c.student[Int(first)]))"
        }
        var ambiguousExample = ""
        if let example = links.ambiguousExample {
            ambiguousExample = "un documento con PER_ID \(key(c.student[Int(example.first)])) (\(place(example.first)))"
                + " y \(key(c.student[Int(example.conflict)])) (\(place(example.conflict)))"
        }
        return [
            QualityFinding(check: "registros_vinculados_por_documento", file: "", column: "NRO_DOCUMENTO",
                           cases: links.linkedRecords.count, example: linkedExample),
            QualityFinding(check: "documentos_ambiguos", file: "", column: "NRO_DOCUMENTO",
                           cases: links.ambiguousDocuments, example: ambiguousExample),
        ]
    }

    /// `text` with every character but the last three replaced by `*` (`1234567` → `****567`).
    public static func masked(_ text: String) -> String {
        let characters = Array(text)
        let hidden = max(0, characters.count - 3)
        return String(repeating: "*", count: hidden) + String(characters[hidden...])
    }
}
