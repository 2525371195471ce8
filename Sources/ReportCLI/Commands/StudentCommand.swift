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
        var options = try CommonOptions.analysisOptions(arguments)
        options.ingest.keepsStudentLookup = true
        let progress = Progress(sink: output.standardError, verbose: arguments.flag("verbose"))
        let analysis = Analysis.load(arguments.strings("inputs"), options: options, progress: progress)
        let key = arguments.string("id")!
        guard let found = analysis.ingest.enrollment.student(matching: key) else {
            throw CommandFailure("no se encontró ningún estudiante con PER_ID o documento '\(key)'")
        }
        output.standardOutput.write(describe(found.id, match: found.match, analysis))
    }

    /// The first line: which key was found and how the typed text matched it.
    static func heading(_ keyText: String, match: StudentKeyMatch) -> String {
        let key = String(keyText.dropFirst())
        switch match {
        case .personID: return "Estudiante con PER_ID \(key)\n"
        case .linkedDocument:
            return "Estudiante con PER_ID \(key) (el documento buscado aparece en registros sin PER_ID vinculados a él)\n"
        case .documentBesidePersonID: return "Estudiante con PER_ID \(key) (el documento buscado aparece junto a su PER_ID)\n"
        case .document: return "Estudiante identificado por su documento \(key) (sin PER_ID vinculado)\n"
        }
    }

    static func describe(_ student: UInt32, match: StudentKeyMatch, _ analysis: Analysis) -> String {
        let store = analysis.ingest.enrollment
        let c = store.columns
        let episodes = analysis.linked.episodes
        let institutions = analysis.context.institutions
        let keyText = store.interners.student.string(student)
        var out = heading(keyText, match: match)
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
                out += " (\(store.keyOrigin(ofRecord: record))\(duplicates.contains(record) ? ", duplicado" : ""))"
            }
            out += "\n"
        }
        return out
    }
}
