/// The Cholesky factorisation A = L·Lᵀ of a small symmetric positive-definite matrix, used to
/// solve the Newton system of the logistic fit.
///
/// Only the upper triangle of A is read. Sizes are small (a few dozen), so the plain
/// row-oriented algorithm is used.
struct CholeskyFactorization {
    /// Order of the matrix.
    let dimension: Int
    /// L, row-major `dimension × dimension`, zero above the diagonal.
    private var lower: [Double]

    /// Factorises the symmetric matrix whose upper triangle is in `matrix` (row-major,
    /// `dimension × dimension`); `nil` when it is not numerically positive definite.
    ///
    /// - Complexity: O(dimension³ / 6).
    init?(symmetric matrix: [Double], dimension: Int) {
        precondition(matrix.count == dimension * dimension, "matrix size does not match dimension")
        self.dimension = dimension
        lower = Array(repeating: 0, count: matrix.count)
        for row in 0..<dimension {
            for column in 0...row {
                var sum = matrix[column * dimension + row]  // A[column][row], upper triangle
                for k in 0..<column {
                    sum -= lower[row * dimension + k] * lower[column * dimension + k]
                }
                if column == row {
                    guard sum > 0, sum.isFinite else { return nil }
                    lower[row * dimension + row] = sum.squareRoot()
                } else {
                    lower[row * dimension + column] = sum / lower[column * dimension + column]
                }
            }
        }
    }

    /// The solution x of A·x = `rhs`, by forward then backward substitution.
    ///
    /// - Complexity: O(dimension²).
    func solve(_ rhs: [Double]) -> [Double] {
        precondition(rhs.count == dimension, "right-hand side size does not match dimension")
        var solution = rhs
        for row in 0..<dimension {  // L·y = b
            var sum = solution[row]
            for k in 0..<row {
                sum -= lower[row * dimension + k] * solution[k]
            }
            solution[row] = sum / lower[row * dimension + row]
        }
        for row in stride(from: dimension - 1, through: 0, by: -1) {  // Lᵀ·x = y
            var sum = solution[row]
            for k in (row + 1)..<dimension {
                sum -= lower[k * dimension + row] * solution[k]
            }
            solution[row] = sum / lower[row * dimension + row]
        }
        return solution
    }
}
