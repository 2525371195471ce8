import Testing
@testable import ReportCLI

/// Issue 16: the grade bar chart's labels overlapped (`Pr… Ja… Tr…`, a row of `0.0` over every bar).
@Suite("Bar chart labels (issue 16)")
struct RenderBarChartLabelTests {
    /// `count` bars labelled `Transición` (10 characters ≈ 66 units wide) with value 0.125.
    static func chart(bars count: Int) -> BarChart {
        BarChart(title: "t", description: "d",
                 bars: Array(repeating: BarChart.Bar(label: "Transición", value: 0.125), count: count))
    }

    @Test("issue 16: with four bars (bands of 552 / 4 = 138 units) labels lie flat and values are drawn")
    func roomy() {
        let chart = Self.chart(bars: 4)
        #expect(!chart.slantsLabels)
        #expect(chart.showsValues)
        let svg = chart.svg(identifier: "g")
        #expect(svg.components(separatedBy: ">12.5 %</text>").count - 1 == 4)
        #expect(!svg.contains("rotate(-45)"))
    }

    @Test("issue 16: with 24 bars (bands of 23 units) labels are slanted whole and values left out")
    func crowded() {
        let chart = Self.chart(bars: 24)
        // 66 > 23 − 4: slanted; "12.5 %" is 6 × 6.6 = 39.6 > 19: no values; 23 · 0.71 = 16.3 ≥ 13: every label.
        #expect(chart.slantsLabels)
        #expect(!chart.showsValues)
        #expect(chart.labelStride == 1)
        let svg = chart.svg(identifier: "g")
        #expect(svg.components(separatedBy: "rotate(-45)\" text-anchor=\"end\" stroke=\"#ffffff\" stroke-width=\"3.00\" "
            + "paint-order=\"stroke\">Transición</text>").count - 1 == 24)
        #expect(!svg.contains("12.5 %"))
        #expect(!svg.contains("…"))
    }

    @Test("issue 16: with 40 bars (bands of 13.8 units) every second slanted label is drawn")
    func veryCrowded() {
        // 13 / (13.8 · 0.71) = 1.33 → every 2nd label.
        #expect(Self.chart(bars: 40).labelStride == 2)
        #expect(Self.chart(bars: 40).svg(identifier: "g").components(separatedBy: ">Transición</text>").count - 1 == 20)
    }

    @Test("issue 16: labels longer than 14 characters are cut with an ellipsis")
    func longLabels() {
        let chart = BarChart(title: "t", description: "d", bars: [BarChart.Bar(label: "Aceleración del aprendizaje", value: 0.1)])
        #expect(chart.drawnLabels == ["Aceleración d…"])
    }
}
