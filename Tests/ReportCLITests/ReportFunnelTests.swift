import Indicators
import Testing
@testable import ReportCLI

@Suite("Report funnel data")
struct ReportFunnelTests {
    /// The fixture's dropout funnel of 2023.
    private var dropout: FunnelData? {
        FunnelData(FlowIndicator.all[0], year: 2023, data: ReportData(ReportFixtures.inputs()))
    }

    @Test("institutions are ordered by size; reference and τ² come from funnel_parametros")
    func parameters() throws {
        let funnel = try #require(dropout)
        #expect(funnel.codes == [ReportFixtures.codeB, ReportFixtures.codeA, ReportFixtures.codeC])
        #expect(funnel.points.map(\.size) == [29, 180, 290])
        #expect(funnel.reference == 24.0 / 499.0)
        #expect(funnel.tau2 == 0.0001)
        #expect(funnel.hasParameters)
    }

    @Test("without funnel_parametros the territory's rate is the reference and τ² is 0")
    func fallback() throws {
        let funnel = try #require(FunnelData(FlowIndicator.all[0], year: 2023, data: ReportData(ReportFixtures.indicatorsOnly)))
        #expect(funnel.reference == 24.0 / 499.0)
        #expect(funnel.tau2 == 0)
        #expect(!funnel.hasParameters)
    }

    /// A's 20 of 180 against p0 = 24/499 with τ² = 0.0001: the 99.8 % upper limit is
    /// p0 + 3.09·√(p0(1 − p0)/180 + 0.0001) = 0.048096 + 3.09 × 0.018824 = 0.10626 (by hand), below 0.1111;
    /// C's 3 of 290 lies inside.
    @Test("an institution above the upper limit is placed beyond 99.8 %; one near the reference inside")
    func limits() throws {
        let funnel = try #require(dropout)
        #expect(funnel.limitExceeded(size: 180, rate: 20.0 / 180.0) == "99.8 %")
        #expect(funnel.limitExceeded(size: 180, rate: 0.09) == "95 %")
        #expect(funnel.limitExceeded(size: 290, rate: 3.0 / 290.0) == nil)
    }

    @Test("a large territory is sampled evenly by size, keeping the extremes and the highlighted institution")
    func sample() throws {
        let count = 1_000
        let codes = (0..<count).map { String(format: "1%011d", $0) }
        let bases = (0..<count).map { Int64(10 + $0) }
        let rates = (0..<count).map { $0 == 500 ? 0.9 : 0.05 }
        let institution = ResultTable(name: "indicadores_institucion", columns: [
            ResultColumn("anio", .integers(codes.map { _ in 2023 })), ResultColumn("institucion", .texts(codes)),
            ResultColumn("nivel", .texts(codes.map { _ in "TOTAL" })), ResultColumn("base", .integers(bases)),
            ResultColumn("tasa_desercion_intraanual", .rates(rates)),
        ])
        let territory = ResultTable(name: "indicadores_territorio", columns: [
            ResultColumn("anio", .integers([2023])), ResultColumn("nivel", .texts(["TOTAL"])),
            ResultColumn("tasa_desercion_intraanual", .rates([0.05])),
        ])
        let data = ReportData(ReportInputs(tables: [institution.name: institution, territory.name: territory]))
        let funnel = try #require(FunnelData(FlowIndicator.all[0], year: 2023, data: data))
        #expect((FunnelData.sampleLimit...FunnelData.sampleLimit + 1).contains(funnel.sample.count))
        #expect(funnel.sample.first == 0)
        #expect(funnel.sample.last == count - 1)
        #expect(funnel.sample.contains(500))
        let unsampled = try #require((0..<count).first { !funnel.sample.contains($0) })
        let drawing = try #require(funnel.plot(highlighting: codes[unsampled], label: "X", title: "t", description: "d"))
        #expect(drawing.drawn == funnel.sample.count + 1)
        #expect(funnel.plot(highlighting: "no existe", label: "X", title: "t", description: "d") == nil)
    }
}
