import Foundation
import Indicators

/// Progress lines on stderr: shown when stderr is a terminal or with `--verbose`, silent when piped.
struct Progress: Sendable {
    /// Whether lines are printed.
    let enabled: Bool
    private let sink: TextSink
    private let start = DispatchTime.now().uptimeNanoseconds

    /// Progress on `sink`, enabled on a terminal or when `verbose`.
    init(sink: TextSink, verbose: Bool) {
        self.sink = sink
        enabled = verbose || Platform.standardErrorIsTerminal
    }

    /// Announces a stage with the elapsed time.
    func stage(_ text: String) {
        guard enabled else { return }
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        sink.write("[\(String(format: "%6.1f", elapsed)) s] \(text)\n")
    }
}
