/// The relative error of `actual` against a non-zero `expected` value (the absolute error when zero).
func relativeError(_ actual: Double, _ expected: Double) -> Double {
    expected == 0 ? abs(actual) : abs(actual - expected) / abs(expected)
}
