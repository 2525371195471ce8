import Indicators

extension ResultTable {
    /// The values of the integer column `name`. A missing or differently typed column is a programmer
    /// error: the risk rules read tables built by `IndicatorTables` and `SaberTable`.
    func integerValues(_ name: String) -> [Int64?] {
        guard case .integers(let values)? = column(named: name)?.values else {
            preconditionFailure("\(self.name) has no integer column \(name)")
        }
        return values
    }

    /// The values of the rate or decimal column `name`.
    func numberValues(_ name: String) -> [Double?] {
        switch column(named: name)?.values {
        case .rates(let values)?, .decimals(let values)?: return values
        default: preconditionFailure("\(self.name) has no numeric column \(name)")
        }
    }

    /// The values of the text column `name`.
    func textValues(_ name: String) -> [String?] {
        guard case .texts(let values)? = column(named: name)?.values else {
            preconditionFailure("\(self.name) has no text column \(name)")
        }
        return values
    }
}
