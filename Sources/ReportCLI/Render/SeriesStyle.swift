/// How one series is drawn: colour, dash pattern and marker, chosen so that no two of the first thirty
/// series look alike even in greyscale.
struct SeriesStyle: Sendable, Equatable {
    /// Stroke and fill colour (dark, at least 3:1 against white).
    let color: String
    /// `stroke-dasharray`, or `nil` for a solid line.
    let dash: String?
    /// The point marker.
    let marker: MarkerShape

    /// Colours adapted from the Okabe–Ito palette, darkened for contrast on white.
    private static let palette = ["#0072B2", "#B84A00", "#00785A", "#A64D8C", "#000000", "#7A5C00"]
    /// Dash patterns; five against six colours and markers, so the pairs repeat only after thirty series.
    private static let dashes: [String?] = [nil, "8 4", "2 3", "10 3 2 3", "4 4"]

    /// The style of the series at `index` (0-based).
    static func at(_ index: Int) -> SeriesStyle {
        let markers = MarkerShape.allCases
        return SeriesStyle(
            color: palette[index % palette.count],
            dash: dashes[index % dashes.count],
            marker: markers[index % markers.count])
    }
}
