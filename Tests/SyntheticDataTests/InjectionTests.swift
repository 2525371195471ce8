import Foundation
import Testing
@testable import SyntheticData

/// Counts each kind of defect found by reading a `matricula` table the way SPEC §2 would.
struct DefectCensus {
    var counts: [InjectedReason: Int] = [:]

    init(_ table: ReadTable) {
        func column(_ name: String) -> Int { table.matriculaColumn(name)! }
        let (year, institution, perID, document, grade, birth, status) = (
            column("ANO"), column("CODIGO_DANE"), column("PER_ID"), column("NRO_DOCUMENTO"), column("GRADO"),
            column("FECHA_NACIMIENTO"), column("ESTADO")
        )
        counts[.duplicadoExacto] = table.lines.count - Set(table.lines).count
        var seen: Set<String> = []
        var enrolledAt: [String: Set<String>] = [:]
        for (line, row) in zip(table.lines, table.rows) {
            guard row.count == table.header.count else {
                counts[.campos, default: 0] += 1
                continue
            }
            let problems: [InjectedReason] = [
                row[perID].isEmpty && row[document].isEmpty ? .sinClave : nil,
                ["15", "X"].contains(row[grade]) ? .gradoInvalido : nil,
                ["1899", ""].contains(row[year]) ? .anioInvalido : nil,
                row[institution].isEmpty ? .institucionVacia : nil,
            ].compactMap { $0 }
            for problem in problems { counts[problem, default: 0] += 1 }
            if ["31/02/", "31/2/", "-02-31"].contains(where: { row[birth].contains($0) }) {
                counts[.fechaImposible, default: 0] += 1
            }
            guard problems.isEmpty, seen.insert(line).inserted, row[status] != "RETIRADO" else { continue }
            let code = row[institution].hasSuffix(".0") ? String(row[institution].dropLast(2)) : row[institution]
            // A row written without PER_ID (`PersonIDGap`) is known by its document.
            let student = row[perID].isEmpty ? "D" + String(Int(row[document]) ?? 0)
                : row[perID].hasSuffix(".0") ? String(row[perID].dropLast(2)) : row[perID]
            enrolledAt[student, default: []].insert(code)
        }
        counts[.dobleMatricula] = enrolledAt.values.filter { $0.count > 1 }.count
    }
}

@Suite("Injected bad rows")
struct InjectionTests {
    @Test("every reason is injected in every messy matrícula file, and found exactly as counted")
    func reasonsFoundAsCounted() throws {
        let sample = try Fixtures.messySample.get()
        for (file, table) in sample.matricula {
            let census = DefectCensus(table)
            for reason in InjectedReason.allCases {
                let counted = file.injected[reason.rawValue] ?? 0
                #expect(counted >= 1, "\(file.path): no \(reason.rawValue)")
                #expect(census.counts[reason, default: 0] == counted, "\(file.path): \(reason.rawValue)")
            }
        }
    }

    @Test("clean files hold no defect at all")
    func cleanHasNone() throws {
        let sample = try Fixtures.cleanSample.get()
        for (_, table) in sample.matricula {
            #expect(DefectCensus(table).counts.values.allSatisfy { $0 == 0 })
        }
    }

    @Test("about 0.5 % of rows are bad overall")
    func rate() throws {
        let sample = try GeneratedSample(SampleConfiguration(students: 6000, years: 1, messy: true, includeSaber: false))
        let file = sample.manifest.files[0]
        let bad = sample.manifest.injected.values.reduce(0, +)
        let share = Double(bad) / Double(file.rows)
        #expect(share > 0.003 && share < 0.008, "share \(share)")
    }

    @Test("rejected reasons are the ones SPEC §2 rejects")
    func rejectedReasons() {
        #expect(InjectedReason.allCases.filter(\.isRejected) == [
            .campos, .sinClave, .gradoInvalido, .anioInvalido, .institucionVacia,
        ])
    }
}
