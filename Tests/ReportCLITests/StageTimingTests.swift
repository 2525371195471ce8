import Testing
@testable import ReportCLI

/// Stage times are shown with exactly three decimals, even when they are sums of rounded laps.
@Suite("CLI: stage timings")
struct StageTimingTests {
    @Test("seconds with three decimals", arguments: [
        (12.492999999999999, "12.493"), (3.0, "3.000"), (0.05, "0.050"), (0.0004, "0.000"), (102.952, "102.952"),
    ])
    func formatted(_ seconds: Double, _ text: String) {
        #expect(StageTiming(key: "escritura_s", seconds: seconds).formattedSeconds == text)
    }
}
