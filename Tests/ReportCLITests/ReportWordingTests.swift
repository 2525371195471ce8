import Indicators
import Testing
@testable import ReportCLI

@Suite("Report wording")
struct ReportWordingTests {
    @Test("numbers of institutions and flags are words below ten, digits from ten",
          arguments: [(0, "ninguna institución"), (1, "una institución"), (3, "tres instituciones"),
                      (9, "nueve instituciones"), (12, "12 instituciones")])
    func amounts(number: Int, expected: String) {
        #expect(ReportWording.amount(number, "institución", "instituciones") == expected)
    }

    @Test("masculine nouns take un and ningún")
    func masculine() {
        #expect(ReportWording.amount(0, "grupo", "grupos", feminine: false) == "ningún grupo")
        #expect(ReportWording.amount(1, "grupo", "grupos", feminine: false) == "un grupo")
    }

    @Test("an expected count of 1 to 4 reads `menos de 5` only in public reports",
          arguments: [(3.6, false, "4"), (3.6, true, "menos de 5"), (0.2, true, "0"), (8.66, true, "9")])
    func expectedCounts(value: Double, isPublic: Bool, expected: String) {
        #expect(ReportWording(isPublic: isPublic).expectedCount(value) == expected)
    }

    @Test("an empty count says why it may be empty")
    func emptyCounts() {
        #expect(ReportWording(isPublic: false).count(nil) == "sin dato")
        #expect(ReportWording(isPublic: true).count(nil) == "sin dato o menos de 5")
        #expect(ReportWording(isPublic: true).count(12) == "12")
    }

    @Test("lists join with commas and a final y")
    func lists() {
        #expect(ReportWording.joined([]) == "")
        #expect(ReportWording.joined(["a"]) == "a")
        #expect(ReportWording.joined(["a", "b", "c"]) == "a, b y c")
    }

    @Test("grades are labelled as a rector writes them",
          arguments: [(Int64(-2), "Prejardín"), (0, "Transición"), (6, "6°"), (21, "Ciclo 21"), (99, "Aceleración")])
    func grades(code: Int64, label: String) {
        #expect(ReportWording.grade(code) == label)
    }

    @Test("p-values below one in a thousand are said in words")
    func probabilities() {
        #expect(ReportedFlag.probability(0.000461) == "menos de una en mil")
        #expect(ReportedFlag.probability(0.012) == "1.2 %")
    }

    @Test("Markdown markers in names are escaped and plain text is left alone",
          arguments: [("IN_SITU", "IN\\_SITU"), ("# uno", "\\# uno"), ("a|b", "a\\|b"), ("- x", "\\- x"),
                      ("Colegio Nueva Sol", "Colegio Nueva Sol"), ("línea\nnueva", "línea nueva")])
    func markdownEscaping(text: String, expected: String) {
        #expect(MarkdownText.escaped(text) == expected)
    }

    @Test("institution codes become safe file names")
    func fileStems() {
        #expect(InstitutionProfile.fileStem("111001000001") == "111001000001")
        #expect(InstitutionProfile.fileStem("../12 34") == "_2E_2E_2F12_2034")
        #expect(InstitutionProfile.fileStem("") == "_")
    }

    @Test("high flags come first, then table order")
    func flagOrder() {
        let flags = ReportedFlag.flags(IndexedTable(ReportFixtures.alerts), rows: [0, 1, 2, 3])
        #expect(flags.map(\.level) == ["ALTA", "MEDIA", "MEDIA", "MEDIA"])
        #expect(flags.map(\.rule) == ["EXCESO", "EXCESO", "TENDENCIA", "SABER11_BAJO"])
        #expect(flags[1].institution == ReportFixtures.codeB)
    }
}
