/// A chart that renders itself as an accessible, deterministic SVG fragment to inline in HTML.
///
/// Every chart has a `<title>` and a `<desc>` referenced by `aria-labelledby`, `role="img"`, and tells
/// its series apart by marker shape, dash pattern and direct labels, never by colour alone. Numbers are
/// written with two decimals, so the same input always gives the same bytes.
protocol SVGChart: Sendable {
    /// The SVG markup; `identifier` prefixes every id so several charts can share one page.
    func svg(identifier: String) -> String
}
