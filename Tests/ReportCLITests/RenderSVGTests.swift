import Testing
@testable import ReportCLI

/// How many times `needle` occurs in `text`.
private func occurrences(of needle: String, in text: String) -> Int {
    text.components(separatedBy: needle).count - 1
}

/// Whether `a` and `b` agree to a relative tolerance (exactly, when one is zero).
private func isClose(_ a: Double, _ b: Double, tolerance: Double = 1e-12) -> Bool {
    a == b || (a - b).magnitude <= tolerance * max(a.magnitude, b.magnitude)
}

@Suite("SVG charts")
struct RenderSVGTests {
    /// Two series over three years; the second misses 2019 and has markup in its name.
    private let lineChart = LineChart(
        title: "Deserción intraanual", description: "La institución frente al municipio, 2018 a 2020.",
        years: [2018, 2019, 2020],
        series: [.init(name: "Municipio", values: [0.05, 0.06, 0.04]),
                 .init(name: "Colegio <Sur>", values: [0.1, nil, 0.12])])

    @Test("line chart: accessible name and description, referenced by aria-labelledby")
    func lineChartAccessibility() {
        let svg = lineChart.svg(identifier: "tendencia")
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.contains("role=\"img\""))
        #expect(svg.contains("aria-labelledby=\"tendencia-titulo tendencia-desc\""))
        #expect(svg.contains("<title id=\"tendencia-titulo\">Deserción intraanual</title>"))
        #expect(svg.contains("<desc id=\"tendencia-desc\">La institución frente al municipio, 2018 a 2020.</desc>"))
    }

    @Test("line chart: one path per series, one marker per known value, a gap where a value is missing")
    func lineChartShapes() throws {
        let svg = lineChart.svg(identifier: "tendencia")
        #expect(occurrences(of: "class=\"serie\"", in: svg) == 2)
        #expect(occurrences(of: "class=\"punto\"", in: svg) == 5)
        let paths = svg.split(separator: "\n").filter { $0.contains("class=\"serie\"") }
        #expect(occurrences(of: "M", in: String(paths[0])) == 1)
        #expect(occurrences(of: "M", in: String(paths[1])) == 2)
        #expect(!paths[0].contains("stroke-dasharray"))
        #expect(paths[1].contains("stroke-dasharray=\"8 4\""))
    }

    @Test("line chart: percent ticks, years, legend and direct labels, names escaped")
    func lineChartLabels() {
        let svg = lineChart.svg(identifier: "tendencia")
        for tick in ["0 %", "5 %", "10 %", "15 %", "2018", "2019", "2020", "Año"] {
            #expect(svg.contains(">\(tick)</text>"), "tick \(tick)")
        }
        #expect(occurrences(of: ">Colegio &lt;Sur&gt;</text>", in: svg) == 2)
        #expect(occurrences(of: ">Municipio</text>", in: svg) == 2)
    }

    @Test("every chart renders the same bytes twice")
    func deterministic() {
        #expect(lineChart.svg(identifier: "a") == lineChart.svg(identifier: "a"))
        let funnel = funnelPlot
        #expect(funnel.svg(identifier: "b") == funnel.svg(identifier: "b"))
    }

    @Test("bar chart: one bar per known value, value labels, s. d. for the missing one")
    func barChart() {
        let chart = BarChart(
            title: "Reprobación por grado", description: "Cuatro grados.",
            bars: [.init(label: "1°", value: 0.02), .init(label: "2°", value: nil),
                   .init(label: "3°", value: 0.035), .init(label: "4°", value: 0.1)])
        let svg = chart.svg(identifier: "barras")
        #expect(svg.contains("<title id=\"barras-titulo\">Reprobación por grado</title>"))
        #expect(occurrences(of: "class=\"barra\"", in: svg) == 3)
        for label in ["2.0 %", "3.5 %", "10.0 %", "s. d.", "1°", "4°", "Grado"] {
            #expect(svg.contains(">\(label)</text>"), "label \(label)")
        }
    }

    /// Five institutions around p0 = 10 %, the one with n = 50 highlighted.
    private var funnelPlot: FunnelPlot {
        FunnelPlot(
            title: "Embudo de deserción", description: "Tasa frente a tamaño.",
            points: [.init(size: 20, rate: 0.05), .init(size: 50, rate: 0.2), .init(size: 100, rate: 0.1),
                     .init(size: 400, rate: 0.12), .init(size: 1000, rate: 0.09)],
            reference: 0.1, tau2: 0, highlight: .init(index: 1, label: "IE La Esperanza"),
            xAxisTitle: "Estudiantes (escala logarítmica)", yAxisTitle: "Tasa de deserción")
    }

    @Test("funnel plot: points, one highlighted, reference line and four limit curves of 64 samples")
    func funnelShapes() {
        let svg = funnelPlot.svg(identifier: "embudo")
        #expect(svg.contains("<title id=\"embudo-titulo\">Embudo de deserción</title>"))
        #expect(occurrences(of: "class=\"punto\"", in: svg) == 4)
        #expect(occurrences(of: "class=\"destacado\"", in: svg) == 1)
        #expect(occurrences(of: "class=\"referencia\"", in: svg) == 1)
        let limits = svg.split(separator: "\n").filter { $0.contains("class=\"limite\"") }
        #expect(limits.count == 4)
        for limit in limits {
            #expect(occurrences(of: " L", in: String(limit)) == 63)
        }
        #expect(svg.contains("clip-path=\"url(#embudo-area)\""))
    }

    @Test("funnel plot: highlighted name, limit labels, log ticks and legend")
    func funnelLabels() {
        let svg = funnelPlot.svg(identifier: "embudo")
        #expect(svg.contains("font-weight=\"bold\" stroke=\"#ffffff\" stroke-width=\"3.00\" paint-order=\"stroke\">IE La Esperanza</text>"))
        for label in ["95 %", "99.8 %", "Ref. 10.0 %", "20", "50", "100", "200", "500", "1000",
                      "Límites 95 %", "Límites 99.8 %", "Instituciones", "Referencia 10.0 %"] {
            #expect(svg.contains(">\(label)</text>"), "label \(label)")
        }
    }

    /// Expected limits: p0 ± z·√(p0(1−p0)/n + τ²) by hand, e.g. 0.1 ± 1.96·√(0.0009) = 0.1 ± 0.0588;
    /// 3.09·√(0.0009 + 0.0004) = 0.111411534411837 (Python `math.sqrt`); clamped to [0, 1].
    @Test("control limits follow p0 ± z·√(p0(1−p0)/n + τ²), clamped to 0…1", arguments: [
        (0.1, 0.0, 100.0, 1.96, 0.0412, 0.1588),
        (0.1, 0.0004, 100.0, 3.09, 0.0, 0.2114115344118373),
        (0.9, 0.0, 1.0, 3.09, 0.0, 1.0),
    ])
    func controlLimits(reference: Double, tau2: Double, size: Double, z: Double, lower: Double, upper: Double) {
        let limits = FunnelPlot.controlLimits(reference: reference, tau2: tau2, size: size, z: z)
        #expect(isClose(limits.lowerBound, lower), "lower \(limits.lowerBound)")
        #expect(isClose(limits.upperBound, upper), "upper \(limits.upperBound)")
    }

    @Test("SVG numbers have two fixed decimals and no negative zero", arguments: [
        (12.5, "12.50"), (-3.456, "-3.46"), (0.05, "0.05"), (-0.004, "0.00"), (1234, "1234.00"), (.nan, "0.00"),
    ])
    func numbers(value: Double, expected: String) {
        #expect(SVGNumber.text(value) == expected)
    }

    @Test("linear ticks step by 1, 2 or 5 × 10ᵏ and cover the maximum")
    func linearTicks() {
        let rates = ChartTicks.linear(upTo: 0.12)
        #expect(rates.count == 4)
        #expect(zip(rates, [0, 0.05, 0.1, 0.15]).allSatisfy { isClose($0, $1) })
        #expect(ChartTicks.linear(upTo: 37) == [0, 10, 20, 30, 40])
        #expect(ChartTicks.linear(upTo: 0) == [0, 1])
    }

    @Test("log ticks use 1–2–5 steps, or only powers of ten when those would crowd")
    func logTicks() {
        #expect(ChartTicks.logarithmic(from: 16, to: 1250).map { $0.rounded() } == [20, 50, 100, 200, 500, 1000])
        #expect(ChartTicks.logarithmic(from: 1, to: 100_000).map { $0.rounded() } == [1, 10, 100, 1000, 10_000, 100_000])
    }

    @Test("direct labels keep their order, stay apart and inside the plot")
    func directLabels() {
        #expect(DirectLabels.separated([100, 105, 50], spacing: 15, top: 0, bottom: 200) == [100, 115, 50])
        #expect(DirectLabels.separated([195, 198], spacing: 15, top: 0, bottom: 200) == [185, 200])
    }
}
