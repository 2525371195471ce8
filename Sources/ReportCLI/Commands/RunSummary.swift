import Indicators

/// `resumen.json` (SPEC §8): inputs with their counts, years, parameters, version and timings.
/// A sheet of an Excel workbook is an input with `"codificacion": "xlsx"`, `"delimitador": ","` (the
/// CSV it is read as) and `"hoja"`, the sheet's name.
///
/// Written by hand so keys keep the SPEC's order and the bytes are identical run to run (only
/// `tiempos` varies).
struct RunSummary {
    let analysis: Analysis
    let parameters: [(String, String)]
    let timings: [StageTiming]

    /// The JSON text.
    func json() -> String {
        var out = "{\"version\": \(quoted(trayectoriasVersion)),\n \"entradas\": ["
        let files = analysis.ingest.files
        for (k, file) in files.enumerated() {
            out += k == 0 ? "" : ",\n               "
            out += "{\"archivo\": \(quoted(file.path)), \"tipo\": \(quoted(file.kind.rawValue)), "
            let delimiter = file.delimiter == "\\t" ? "\t" : file.delimiter
            out += "\"delimitador\": \(quoted(delimiter)), \"codificacion\": \(quoted(file.encoding.rawValue)),"
            if let sheet = file.sheet { out += " \"hoja\": \(quoted(sheet))," }
            out += "\n"
            out += "                \"filas\": {\"leidas\": \(file.rowsRead), \"usadas\": \(file.rowsUsed), "
            out += "\"rechazadas\": \(file.rowsRejected), \"duplicadas\": \(file.duplicates)}}"
        }
        out += "],\n \"errores\": ["
        out += analysis.ingest.errors.map { quoted($0.description) }.joined(separator: ", ")
        out += "],\n \"anios\": [\(analysis.linked.years.map(String.init).joined(separator: ", "))],\n"
        out += " \"parametros\": {" + parameters.map { "\(quoted($0.0)): \($0.1)" }.joined(separator: ", ") + "},\n"
        out += " \"tiempos\": {" + timings.map { "\(quoted($0.key)): \($0.formattedSeconds)" }.joined(separator: ", ")
        out += "}}\n"
        return out
    }

    private func quoted(_ text: String) -> String { JSONTable.quoted(text) }
}
