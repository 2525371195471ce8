import Foundation
import Testing

/// `trayectorias bench model`: the measurement behind issue 15's CPU budget runs the whole model on
/// the records `run` reads, once per repetition, and reports each repetition and the median.
@Suite("bench model")
struct BenchModelTests {
    @Test("runs the model R times on the records a run keeps before removing duplicates")
    func reportsEveryRepetition() throws {
        let folder = Binary.temporaryFolder()
        let run = try Binary.run(["run", "sample-data", "--out", folder, "--sin-reportes", "--sin-modelo"])
        #expect(run.status == 0, "\(run.stderr)")
        // The model reads every parsed record: the rows read minus the rejected ones.
        let summary = try JSONSerialization.jsonObject(
            with: Data(contentsOf: URL(fileURLWithPath: folder + "/resumen.json"))) as? [String: Any]
        let inputs = summary?["entradas"] as? [[String: Any]] ?? []
        let records = inputs.filter { $0["tipo"] as? String == "matricula" }.reduce(0) { total, input in
            let rows = input["filas"] as? [String: Int] ?? [:]
            return total + (rows["leidas"] ?? 0) - (rows["rechazadas"] ?? 0)
        }
        #expect(records > 0)

        let bench = try Binary.run(["bench", "model", "sample-data", "--repeat", "2"])
        #expect(bench.status == 0, "\(bench.stderr)")
        let lines = bench.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines.first?.hasPrefix("intento 1: ") == true)
        #expect(lines.dropFirst().first?.hasPrefix("intento 2: ") == true)
        #expect(lines.last?.hasPrefix("modelo: \(records) registros, mediana ") == true, "\(lines)")
    }
}
