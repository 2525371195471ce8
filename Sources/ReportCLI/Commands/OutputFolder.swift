import Foundation
import Indicators

/// Writes tables into the output folder: CSV always; with `--excel` also Spanish-spreadsheet CSV
/// copies in `excel/` and `diagnostico.xlsx`; with `--publico`, small cells suppressed first.
///
/// All or nothing (SPEC §10): every file goes into a staging folder (`path`), and `commit()` puts the
/// whole run in place of the destination's earlier outputs at once; `abandon()` (or an interrupt)
/// removes the staging folder and leaves the earlier outputs whole. See `StagedFolder`.
struct OutputFolder {
    /// The folder the user asked for.
    let destination: String
    /// The staging folder where this run's files are written until `commit()`.
    let path: String
    /// Whether `--publico` suppression applies.
    let isPublic: Bool
    private let staged: StagedFolder

    /// Locks the destination (creating it and its parents if needed) and prepares the staging folder;
    /// while another run holds the lock, `waiting` gets a message and the run waits.
    init(path: String, isPublic: Bool, waiting: (String) -> Void = { _ in }) throws {
        staged = try StagedFolder(path, waiting: waiting)
        destination = path
        self.path = staged.staging
        self.isPublic = isPublic
    }

    /// Puts every file written so far in place of the destination's earlier outputs.
    func commit() throws { try staged.commit() }

    /// Drops every file written so far: the destination keeps its earlier outputs.
    func abandon() { staged.abandon() }

    /// `message` with the staging folder's path replaced by the destination's.
    func userMessage(_ message: String) -> String {
        message.replacingOccurrences(of: path, with: destination)
    }

    /// The table as it will be published (suppressed in public mode).
    func published(_ table: ResultTable) -> ResultTable {
        ReportPrivacy.published(table, isPublic: isPublic)
    }

    /// Writes every table as `<name>.csv`: tables in parallel (largest first, so that a large table
    /// does not start last), each streamed to its file in pieces.
    func write(_ tables: [ResultTable]) throws {
        let folder = self
        let cells = tables.map { $0.rowCount * $0.columns.count }
        let largestFirst = tables.indices.sorted { (cells[$0], $1) > (cells[$1], $0) }
        let written = parallelMap(tables.count) { k -> AtomicFileError? in
            let table = folder.published(tables[largestFirst[k]])
            let target = (folder.path as NSString).appendingPathComponent("\(table.name).csv")
            do throws(AtomicFileError) {
                try AtomicFile.write(to: target, permissions: Self.permissions(for: table.name)) {
                    (sink: AtomicFileSink) throws(AtomicFileError) in
                    try CSVTableWriter().write(table, to: sink)
                }
                return nil
            } catch {
                return error
            }
        }
        var failures = [AtomicFileError?](repeating: nil, count: tables.count)
        for (k, index) in largestFirst.enumerated() { failures[index] = written[k] }
        if let failure = failures.compactMap({ $0 }).first { throw CommandFailure(userMessage(failure.description)) }
    }

    /// Writes `table` as `<name>.csv`.
    func write(_ table: ResultTable) throws {
        try writeBytes(CSVTableWriter().bytes(for: published(table)), to: "\(table.name).csv",
                       permissions: Self.permissions(for: table.name))
    }

    /// Owner-only permissions for tables that hold raw rows (`rechazos`: names, documents; SPEC §10),
    /// nil (the usual, minus the umask) for the others.
    static func permissions(for tableName: String) -> FilePermissions? {
        tableName == "rechazos" ? AtomicFile.ownerOnlyFile : nil
    }

    /// Writes the Spanish-spreadsheet copies and the workbook of `tables`.
    func writeExcel(_ tables: [ResultTable]) throws {
        do {
            try AtomicFile.createDirectory(at: (path as NSString).appendingPathComponent("excel"))
        } catch {
            throw CommandFailure(userMessage(error.description))
        }
        let spanish = CSVTableWriter(dialect: .spanishSpreadsheet)
        for table in tables {
            try writeBytes(spanish.bytes(for: published(table)), to: "excel/\(table.name).csv")
        }
        do {
            try writeBytes(XLSXWriter.bytes(for: tables.map(published)), to: "diagnostico.xlsx")
        } catch let error as XLSXWriterError {
            throw CommandFailure("no se pudo escribir diagnostico.xlsx: \(error)")
        }
    }

    /// Writes `estudiantes_riesgo/<codigo>.csv` files (personal data): the folder with mode 0700, each
    /// file with mode 0600, one file per institution holding only its students.
    func writeStudentLists(_ tables: [ResultTable]) throws {
        let folder = (path as NSString).appendingPathComponent("estudiantes_riesgo")
        do {
            try AtomicFile.createDirectory(at: folder, permissions: AtomicFile.ownerOnlyDirectory)
            for table in tables {
                let target = (path as NSString).appendingPathComponent("\(table.name).csv")
                try AtomicFile.write(CSVTableWriter().bytes(for: table), to: target, permissions: AtomicFile.ownerOnlyFile)
            }
        } catch {
            throw CommandFailure(userMessage(error.description))
        }
    }

    /// Writes raw bytes to `relative` inside the folder, atomically.
    func writeBytes(_ bytes: [UInt8], to relative: String, permissions: FilePermissions? = nil) throws {
        let target = (path as NSString).appendingPathComponent(relative)
        do {
            try AtomicFile.write(bytes, to: target, permissions: permissions)
        } catch {
            throw CommandFailure(userMessage(error.description))
        }
    }
}

/// A failed command with a Spanish message (exit code 1).
struct CommandFailure: UserFacingError {
    /// The message.
    let userMessage: String
    /// Creates a failure.
    init(_ message: String) { userMessage = message }
}
