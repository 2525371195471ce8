import Foundation

/// Expands the user's INPUT arguments into files: a directory is read recursively for `*.csv`,
/// `*.txt`, `*.tsv` and `*.xlsx` (sorted by path; Excel's `~$` lock files are left out); a file is
/// taken as it is.
public enum InputDiscovery {
    /// The input files in order, and the errors for inputs that do not exist or hold no files.
    public static func files(for inputs: [String]) -> (files: [String], errors: [IngestError]) {
        var files: [String] = []
        var errors: [IngestError] = []
        let manager = FileManager.default
        for input in inputs {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: input, isDirectory: &isDirectory) else {
                errors.append(IngestError(.fileNotFound, file: input, hint: "revise la ruta y los permisos"))
                continue
            }
            if !isDirectory.boolValue {
                files.append(input)
                continue
            }
            var found: [String] = []
            if let walker = manager.enumerator(atPath: input) {
                while let relative = walker.nextObject() as? String {
                    let ext = (relative as NSString).pathExtension.lowercased()
                    guard ["csv", "txt", "tsv", "xlsx"].contains(ext) else { continue }
                    if (relative as NSString).lastPathComponent.hasPrefix("~$") { continue }
                    let path = (input as NSString).appendingPathComponent(relative)
                    var dir: ObjCBool = false
                    if manager.fileExists(atPath: path, isDirectory: &dir), !dir.boolValue { found.append(path) }
                }
            }
            if found.isEmpty {
                errors.append(IngestError(.noInputs, file: input,
                                          hint: "indique archivos exportados de SIMAT en formato CSV, TXT o XLSX"))
            }
            files += found.sorted()
        }
        return (files, errors)
    }
}
