import Foundation
import Indicators

/// `trayectorias student`: one student's trajectory with each episode's class and why.
enum StudentCommand {
    static let spec = CommandSpec(
        name: "student",
        abstract: "Muestra la trayectoria de un estudiante, año por año, con la clase de cada episodio y su razón.",
        discussion: "KEY es el PER_ID o, si el estudiante no tiene, el número de documento (se ignoran ceros a la izquierda y signos). Muestra datos personales: úselo solo con autorización.",
        arguments: [ArgumentSpec("inputs", arity: .oneOrMore, help: "Archivos o carpetas de entrada.")],
        options: [.text("id", valueName: "KEY", isRequired: true, help: "PER_ID o número de documento.")] + CommonOptions.specs
    ) { arguments, output in
        let options = try CommonOptions.analysisOptions(arguments)
        let progress = Progress(sink: output.standardError, verbose: arguments.flag("verbose"))
        let analysis = Analysis.load(arguments.strings("inputs"), options: options, progress: progress)
        let key = arguments.string("id")!
        guard let student = lookup(key, in: analysis.ingest.enrollment.interners.student) else {
            throw CommandFailure("no se encontró ningún estudiante con PER_ID o documento '\(key)'")
        }
        output.standardOutput.write(describe(student, analysis))
    }

    /// The student id for a PER_ID, else for a document number (digits and letters, no leading zeros).
    static func lookup(_ key: String, in interner: ByteInterner) -> UInt32? {
        let trimmed = CodeRepair.code(key)
        if let id = interner.lookup("P" + trimmed) { return id }
        var document = String(trimmed.unicodeScalars.filter { $0.isASCII && CharacterSet.alphanumerics.contains($0) })
        while document.hasPrefix("0") { document.removeFirst() }
        return document.isEmpty ? nil : interner.lookup("D" + document)
    }

    static func describe(_ student: UInt32, _ analysis: Analysis) -> String {
        let store = analysis.ingest.enrollment
        let c = store.columns
        let episodes = analysis.linked.episodes
        let institutions = analysis.context.institutions
        let keyText = store.interners.student.string(student)
        var out = keyText.hasPrefix("P") ? "Estudiante con PER_ID \(keyText.dropFirst())\n"
                                         : "Estudiante con documento \(keyText.dropFirst())\n"
        let records = (0..<c.count).filter { c.student[$0] == student }
        let duplicates = Set(analysis.linked.duplicateRecords.map(Int.init))
        var currentYear: Int16 = -1
        for e in 0..<episodes.count where episodes.student[e] == student {
            if episodes.year[e] != currentYear {
                currentYear = episodes.year[e]
                out += "\n\(currentYear)\n"
            }
            let r = Int(episodes.record[e])
            let info = institutions[Int(episodes.institution[e])]
            let traits = EpisodeTraits(rawValue: episodes.traits[e])
            let rule = ClassRule(rawValue: episodes.rule[e])!
            let sede = store.interners.sede.string(c.sede[r])
            let status = store.interners.status.string(c.status[r])
            out += "  Institución \(info.code)\(info.name.isEmpty ? "" : " (\(info.name))")"
            out += sede.isEmpty ? "" : ", sede \(sede)"
            out += ", grado \(c.grade[r]), estado \(status.isEmpty ? "—" : status)"
            if c.eventDate[r] != DayNumber.null { out += ", novedad \(DayNumber.text(c.eventDate[r]))" }
            out += "\n    → \(EpisodeClass(rawValue: episodes.episodeClass[e])!.name) (regla \(rule.label): \(rule.explanation))"
            if traits.contains(.final) { out += ", episodio final del año" }
            if traits.contains(.graduate) { out += ", graduado" }
            if traits.contains(.censored) { out += ", censurado" }
            if traits.contains(.interannualDropout) { out += ", no aparece el año siguiente" }
            if episodes.overAgeYears[e] != Int8.min { out += ", \(episodes.overAgeYears[e]) años sobre la edad teórica" }
            out += "\n    registros:"
            for record in records where c.year[record] == currentYear && c.institution[record] == c.institution[r] {
                let path = analysis.ingest.files[Int(c.file[record])].path
                out += " \((path as NSString).lastPathComponent):\(c.line[record])"
                if duplicates.contains(record) { out += " (duplicado)" }
            }
            out += "\n"
        }
        return out
    }
}
