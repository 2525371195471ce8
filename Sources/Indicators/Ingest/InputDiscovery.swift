import Foundation

/// Expands the user's INPUT arguments into files: a directory is read recursively for `*.csv`,
/// `*.txt`, `*.tsv` and `*.xlsx` (sorted by path; Excel's `~$` lock files are left out); anything else (a file, a pipe such as `<(cat f.csv)`, a
/// FIFO) is taken as it is.
///
/// Nothing is skipped silently: a subfolder that cannot be opened, an entry whose name is not valid
/// UTF-8, a broken link and a link that loops back each give an `IngestError` naming it (code
/// `skippedInput`). Linked subfolders are followed (once: a loop is named and skipped).
public enum InputDiscovery {
    /// The input files in order, and the errors for inputs that do not exist, hold no files, or
    /// were skipped.
    public static func files(for inputs: [String]) -> (files: [String], errors: [IngestError]) {
        var files: [String] = []
        var errors: [IngestError] = []
        for input in inputs {
            let info: FileStatus
            do throws(SystemError) {
                info = try Platform.status(of: input)
            } catch {
                if error.kind == .accessDenied {
                    errors.append(IngestError(.unreadable, file: input, found: InputSource.reason(error),
                                              hint: "revise los permisos de la ruta"))
                } else {
                    errors.append(IngestError(.fileNotFound, file: input, hint: "revise la ruta y los permisos"))
                }
                continue
            }
            if info.kind != .directory {
                files.append(input)
                continue
            }
            var walk = Walk(root: input)
            walk.visited.insert(info.identity)
            walk.run()
            errors += walk.errors
            if walk.found.isEmpty {
                errors.append(IngestError(.noInputs, file: input,
                                          hint: "indique archivos exportados de SIMAT en formato CSV, TXT o XLSX"))
            }
            files += walk.found.sorted()
        }
        return (files, errors)
    }

    /// Whether `name` ends in `.csv`, `.txt`, `.tsv` or `.xlsx` (any case) after at least one other
    /// byte, and is no Excel lock file (`~$libro.xlsx`, left while a workbook is open).
    static func hasInputExtension<C: BidirectionalCollection>(_ name: C) -> Bool where C.Element == UInt8 {
        guard let dot = name.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex else { return false }
        if name.starts(with: [UInt8(ascii: "~"), UInt8(ascii: "$")]) { return false }
        let ext = String(decoding: name[name.index(after: dot)...], as: UTF8.self).lowercased()
        return ext == "csv" || ext == "txt" || ext == "tsv" || ext == "xlsx"
    }

    /// One recursive walk under an input folder.
    struct Walk {
        let root: String
        var found: [String] = []
        var errors: [IngestError] = []
        /// The folders walked so far: the same folder reached twice through links is walked once.
        var visited: Set<FileIdentity> = []

        init(root: String) { self.root = root }

        /// The path as the user would see it: the root joined with the relative path.
        func path(_ relative: String) -> String {
            relative.isEmpty ? root : (root as NSString).appendingPathComponent(relative)
        }

        mutating func skip(_ relative: String, _ reason: String, hint: String) {
            errors.append(IngestError(.skippedInput, file: path(relative), found: reason, hint: hint))
        }

        /// Linked subfolders met so far, walked after the real ones.
        var linkedFolders: [String] = []

        /// Walks the real folders under the root, then each linked folder not reached before.
        mutating func run() {
            visit(relative: "")
            while !linkedFolders.isEmpty {
                let pending = linkedFolders.sorted()
                linkedFolders = []
                for child in pending {
                    guard let info = try? Platform.status(of: path(child)) else { continue }
                    if visited.insert(info.identity).inserted {
                        visit(relative: child)
                    } else {
                        skip(child, "el enlace lleva a una carpeta ya leída", hint: "quite el enlace si no es necesario")
                    }
                }
            }
        }

        mutating func visit(relative: String) {
            let directory = path(relative)
            let names: [[UInt8]]
            do throws(SystemError) {
                names = try Platform.entryNames(ofDirectory: directory)
            } catch {
                skip(relative, "no se pudo abrir la carpeta (\(InputSource.reason(error)))",
                     hint: "revise los permisos de la carpeta")
                return
            }
            for bytes in names {
                let fullBytes = Array(directory.utf8) + [0x2F] + bytes
                let linked = (try? Platform.linkStatus(ofPathBytes: fullBytes))?.kind == .symbolicLink
                guard let name = String(validating: bytes, as: UTF8.self) else {
                    let shown = (relative as NSString).appendingPathComponent(String(decoding: bytes, as: UTF8.self))
                    if hasInputExtension(bytes) || (try? Platform.status(ofPathBytes: fullBytes))?.kind == .directory {
                        skip(shown, "el nombre no es UTF-8 válido",
                             hint: "renombre el archivo o la carpeta sin tildes ni eñes, o guárdelo con otro nombre")
                    }
                    continue
                }
                let child = relative.isEmpty ? name : (relative as NSString).appendingPathComponent(name)
                let info: FileStatus
                do throws(SystemError) {
                    info = try Platform.status(ofPathBytes: fullBytes)
                } catch {
                    if hasInputExtension(bytes) || linked {
                        skip(child, linked ? "el enlace apunta a un archivo que no existe" : "no se pudo consultar (\(InputSource.reason(error)))",
                             hint: "revise el enlace o los permisos")
                    }
                    continue
                }
                if info.kind == .directory {
                    if linked {
                        linkedFolders.append(child)   // after every real folder: paths stay the real ones
                    } else if visited.insert(info.identity).inserted {
                        visit(relative: child)
                    }
                } else if hasInputExtension(bytes) {
                    found.append(path(child))
                }
            }
        }
    }
}
