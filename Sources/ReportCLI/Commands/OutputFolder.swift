import Foundation
import Indicators

/// Writes tables into the output folder: CSV always; with `--excel` also Spanish-spreadsheet CSV
/// copies in `excel/` and `diagnostico.xlsx`; with `--publico`, small cells suppressed first.
struct OutputFolder {
    /// The folder.
    let path: String
    /// Whether `--publico` suppression applies.
    let isPublic: Bool

    /// Creates the folder (and parents) if needed.
    init(path: String, isPublic: Bool) throws {
        self.path = path
        self.isPublic = isPublic
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure("no se pudo crear la carpeta de salida '\(path)': \(error.localizedDescription)")
        }
    }

    /// The table as it will be published (suppressed in public mode).
    func published(_ table: ResultTable) -> ResultTable {
        ReportPrivacy.published(table, isPublic: isPublic)
    }

    /// Writes every table as `<name>.csv`: tables in parallel, each streamed to its file in pieces.
    func write(_ tables: [ResultTable]) throws {
        let folder = self
        let failures = parallelMap(tables.count) { k -> AtomicFileError? in
            let table = folder.published(tables[k])
            let target = (folder.path as NSString).appendingPathComponent("\(table.name).csv")
            do throws(AtomicFileError) {
                try AtomicFile.write(to: target) { (sink: AtomicFileSink) throws(AtomicFileError) in
                    try CSVTableWriter().write(table, to: sink)
                }
                return nil
            } catch {
                return error
            }
        }
        if let failure = failures.compactMap({ $0 }).first { throw CommandFailure(failure.description) }
    }

    /// Writes `table` as `<name>.csv`.
    func write(_ table: ResultTable) throws {
        try writeBytes(CSVTableWriter().bytes(for: published(table)), to: "\(table.name).csv")
    }

    /// Writes the Spanish-spreadsheet copies and the workbook of `tables`.
    func writeExcel(_ tables: [ResultTable]) throws {
        let folder = (path as NSString).appendingPathComponent("excel")
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
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
            throw CommandFailure(error.description)
        }
    }

    /// Removes student-level outputs left by an earlier run (`rechazos.csv`, `estudiantes_riesgo/`), so a
    /// `--publico` folder never holds personal data; returns what was removed.
    func removeStudentLevelFiles() -> [String] {
        ["rechazos.csv", "estudiantes_riesgo"].filter { name in
            let target = (path as NSString).appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: target) else { return false }
            return (try? FileManager.default.removeItem(atPath: target)) != nil
        }
    }

    /// Writes raw bytes to `relative` inside the folder, atomically.
    func writeBytes(_ bytes: [UInt8], to relative: String) throws {
        let target = (path as NSString).appendingPathComponent(relative)
        do {
            try AtomicFile.write(bytes, to: target)
        } catch {
            throw CommandFailure(error.description)
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
