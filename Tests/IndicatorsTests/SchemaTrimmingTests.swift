import Foundation
import Testing
@testable import Indicators

@Suite("String trimming without Foundation on plain cells")
struct SchemaTrimmingTests {
    static let cells = ["", " ", "\t", "   ", "20194", " 20194", "20194 ", "\t12,5\t", "\u{00A0}7\u{00A0}",
                        "\u{FEFF}105001000123", "é", " é ", "a b", "\u{2003}x", "x\u{2003}", "ÑANDÚ"]

    @Test("same result as trimmingCharacters(in: .whitespaces) on every case")
    func sameAsFoundation() {
        for cell in Self.cells {
            #expect(cell.trimmedOfWhitespace == cell.trimmingCharacters(in: .whitespaces), "\(Array(cell.utf8))")
        }
    }

    @Test("endsInPlainASCII is true only for ASCII ends other than space and tab")
    func plainEnds() {
        #expect("20194".endsInPlainASCII)
        #expect("a b".endsInPlainASCII)
        #expect(!"".endsInPlainASCII)
        #expect(!" 1".endsInPlainASCII)
        #expect(!"1\t".endsInPlainASCII)
        #expect(!"\u{FEFF}1".endsInPlainASCII)
        #expect(!"1é".endsInPlainASCII)
    }

    @Test("a BOM and spaces around a code are still dropped")
    func codeWithBOM() {
        #expect(CodeRepair.code("\u{FEFF} 105001000123 ") == "105001000123")
        #expect(CodeRepair.code("105001000123.0") == "105001000123")
    }
}
