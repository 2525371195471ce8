import Testing
@testable import Risk

@Suite("CholeskyFactorization")
struct ModelCholeskyFactorizationTests {
    @Test("solves a symmetric positive-definite system read from its upper triangle")
    func solve() throws {
        // A = [[4, 2, 2], [2, 5, 3], [2, 3, 6]] (lower triangle left as garbage: only the upper is read).
        // b = A·[1, −1, 2] = [6, 3, 11].
        let upper: [Double] = [4, 2, 2, 99, 5, 3, 99, 99, 6]
        let factorization = try #require(CholeskyFactorization(symmetric: upper, dimension: 3))
        let solution = factorization.solve([6, 3, 11])
        #expect(ModelCheck.isClose(solution[0], 1))
        #expect(ModelCheck.isClose(solution[1], -1))
        #expect(ModelCheck.isClose(solution[2], 2))
    }

    @Test("refuses a matrix that is not positive definite")
    func indefinite() {
        #expect(CholeskyFactorization(symmetric: [1, 2, 2, 1], dimension: 2) == nil)
        #expect(CholeskyFactorization(symmetric: [0, 0, 0, 1], dimension: 2) == nil)
    }
}
