// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Trayectorias",
    products: [
        .executable(name: "trayectorias", targets: ["ReportCLI"]),
        .library(name: "Indicators", targets: ["Indicators"]),
        .library(name: "Risk", targets: ["Risk"]),
    ],
    targets: [
        // Columnar store, byte-level ingest, normalisation, linkage and indicators (SPEC §1–§4).
        .target(name: "Indicators"),
        // Saber 11 flags, funnel-plot statistics, prioritisation and the early-warning model (SPEC §5–§7).
        .target(name: "Risk", dependencies: ["Indicators"]),
        // Seeded synthetic SIMAT-style exports shared by tests, the CLI and the benchmarks.
        .target(name: "SyntheticData"),
        // The `trayectorias` executable: arguments, commands and report writers.
        .executableTarget(name: "ReportCLI", dependencies: ["Indicators", "Risk", "SyntheticData"]),
        .testTarget(name: "IndicatorsTests", dependencies: ["Indicators", "SyntheticData"]),
        .testTarget(name: "RiskTests", dependencies: ["Risk", "Indicators"]),
        .testTarget(name: "SyntheticDataTests", dependencies: ["SyntheticData"]),
        .testTarget(name: "ReportCLITests", dependencies: ["ReportCLI", "Indicators", "Risk", "SyntheticData"],
                    exclude: ["Snapshots"]),
    ],
    swiftLanguageModes: [.v6]
)
