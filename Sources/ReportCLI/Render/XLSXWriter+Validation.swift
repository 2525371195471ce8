import Indicators
import Risk

extension XLSXWriter {
    /// Drop-down lists of allowed values, by table and column: the SE picks `estado` of the Ruta plan
    /// from `PLANEADO`, `EN_CURSO`, `CERRADO`, `SUSPENDIDO` (SPEC §12.1).
    static let listValidations: [String: [String: [String]]] = [
        "ruta_plan": ["estado": RutaPlan.statusValues],
    ]

    /// The `<dataValidations>` element of `table`'s sheet (after `</sheetData>`), empty when it has none:
    /// one list validation per column, from row 2 to the last row a sheet holds, blanks allowed, any
    /// other value refused with a Spanish message.
    static func dataValidations(for table: ResultTable) -> String {
        guard let lists = listValidations[table.name] else { return "" }
        let items = table.columns.enumerated().compactMap { index, column -> String? in
            guard let values = lists[column.name] else { return nil }
            let letters = columnLetters(index)
            return "<dataValidation type=\"list\" allowBlank=\"1\" showErrorMessage=\"1\" "
                + "errorTitle=\"Valor no válido\" error=\"Elija uno de: \(values.joined(separator: ", "))\" "
                + "sqref=\"\(letters)2:\(letters)\(maximumRows)\"><formula1>\"\(values.joined(separator: ","))\"</formula1>"
                + "</dataValidation>"
        }
        guard !items.isEmpty else { return "" }
        return "<dataValidations count=\"\(items.count)\">\(items.joined())</dataValidations>"
    }
}
