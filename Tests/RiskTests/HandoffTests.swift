import Testing
@testable import Risk

/// `Handoff`: the box gives its value once and stops keeping it alive.
@Suite("Handoff")
struct HandoffTests {
    final class Token: Sendable {}

    @Test("take returns the value and the box no longer holds it")
    func takeDropsTheValue() {
        var token = Token()
        let box = Handoff(token)
        #expect(!isKnownUniquelyReferenced(&token))
        var taken: Token? = box.take()
        #expect(taken === token)
        taken = nil
        #expect(taken == nil && isKnownUniquelyReferenced(&token))
    }
}
