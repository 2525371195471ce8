/// An xlsx workbook opened for reading: its ZIP directory, its sheets in tab order and where each
/// sheet's part lies, the shared-strings and styles parts, and its date system.
///
/// The parts are found as Office Open XML says: `_rels/.rels` names the workbook part (usually
/// `xl/workbook.xml`), whose `<sheets>` list names and relationship ids, and the workbook's
/// relationships (`xl/_rels/workbook.xml.rels`) give each sheet's part.
public struct XLSXWorkbook {
    /// One sheet: its tab name and the ZIP entry holding its XML.
    public struct Sheet: Sendable, Equatable {
        /// The name on the sheet's tab.
        public var name: String
        /// Part name inside the archive (e.g. `xl/worksheets/sheet1.xml`).
        public var part: String
    }

    /// The archive bytes.
    let bytes: [UInt8]
    /// The archive's directory.
    let directory: ZIPDirectory
    /// Sheets in tab order.
    public private(set) var sheets: [Sheet] = []
    /// Part of the shared-strings table, when the workbook has one.
    private(set) var sharedStringsPart: String?
    /// Part of the styles, when the workbook has one.
    private(set) var stylesPart: String?
    /// Whether dates count from 1904-01-01 (`<workbookPr date1904="1"/>`) instead of 1900.
    public private(set) var uses1904DateSystem = false

    /// Opens the workbook held in `bytes`.
    public init(_ bytes: [UInt8], inflater: Inflater) throws(XLSXError) {
        self.bytes = bytes
        directory = try ZIPDirectory(bytes)
        var workbookPart = "xl/workbook.xml"
        if let rels = directory.entry(named: "_rels/.rels") {
            let relationships = Self.relationships(try directory.contents(of: rels, in: bytes, inflater: inflater))
            if let main = relationships.first(where: { $0.type.hasSuffix("/officeDocument") }) {
                workbookPart = Self.resolve(main.target, from: "")
            }
        }
        guard let workbookEntry = directory.entry(named: workbookPart) else {
            throw XLSXError(.missingPart, detail: workbookPart)
        }
        let workbook = Self.workbookSheets(try directory.contents(of: workbookEntry, in: bytes, inflater: inflater))
        uses1904DateSystem = workbook.uses1904
        let folder = workbookPart.contains("/") ? String(workbookPart[..<workbookPart.lastIndex(of: "/")!]) + "/" : ""
        let relsName = folder + "_rels/" + String(workbookPart.split(separator: "/").last ?? "") + ".rels"
        var relationships: [Relationship] = []
        if let relsEntry = directory.entry(named: relsName) {
            relationships = Self.relationships(try directory.contents(of: relsEntry, in: bytes, inflater: inflater))
        }
        for (index, sheet) in workbook.sheets.enumerated() {
            if let target = relationships.first(where: { $0.id == sheet.relationship })?.target {
                sheets.append(Sheet(name: sheet.name, part: Self.resolve(target, from: folder)))
            } else if directory.entry(named: folder + "worksheets/sheet\(index + 1).xml") != nil {
                sheets.append(Sheet(name: sheet.name, part: folder + "worksheets/sheet\(index + 1).xml"))
            }
        }
        sheets.removeAll { directory.entry(named: $0.part) == nil }
        sharedStringsPart = relationships.first { $0.type.hasSuffix("/sharedStrings") }.map { Self.resolve($0.target, from: folder) }
            ?? (directory.entry(named: folder + "sharedStrings.xml") != nil ? folder + "sharedStrings.xml" : nil)
        stylesPart = relationships.first { $0.type.hasSuffix("/styles") }.map { Self.resolve($0.target, from: folder) }
            ?? (directory.entry(named: folder + "styles.xml") != nil ? folder + "styles.xml" : nil)
        guard !sheets.isEmpty else { throw XLSXError(.noSheets) }
    }

    /// The sheet named `name` (exactly, else ignoring case and surrounding spaces), or the first sheet
    /// when `name` is nil.
    public func sheet(named name: String?) throws(XLSXError) -> Sheet {
        guard let name else { return sheets[0] }
        if let exact = sheets.first(where: { $0.name == name }) { return exact }
        let wanted = name.trimmingSpaces().lowercased()
        if let loose = sheets.first(where: { $0.name.trimmingSpaces().lowercased() == wanted }) { return loose }
        throw XLSXError(.sheetNotFound, detail: name, sheets: sheets.map(\.name))
    }

    /// Resolves a relationship target against the folder of its source part (`xl/`); a target that
    /// starts with `/` is absolute.
    static func resolve(_ target: String, from folder: String) -> String {
        let joined = target.hasPrefix("/") ? String(target.dropFirst()) : folder + target
        var parts: [Substring] = []
        for piece in joined.split(separator: "/", omittingEmptySubsequences: true) {
            if piece == "." { continue }
            if piece == ".." { _ = parts.popLast(); continue }
            parts.append(piece)
        }
        return parts.joined(separator: "/")
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\t" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\t" { s.removeLast() }
        return String(s)
    }
}
