import Indicators
@testable import ReportCLI

/// A hand-made territory for the report tests: three institutions, 2021–2023.
///
/// A = 111001000001 "Colegio La Esperanza" (urbana, 11001) has rising dropout (4/190, 6/187, 20/180)
/// and is flagged in 2023 (EXCESO alta, TENDENCIA, SABER11_BAJO); B = 111001000002 "IE Rural El Roble"
/// is small (counts 1…4 everywhere, for `--publico`); C = 111001000003 "Escuela Nueva Sol" (25001) is
/// A's padrino. The territory's rows are the sums of the institutions' (SPEC §4), so in 2023 the
/// territory's dropout is 24/499 = 0.048096 and A's expected dropouts are 180 × 24/499 = 8.66 → 9.
enum ReportFixtures {
    /// Codes of the three institutions.
    static let codeA = "111001000001", codeB = "111001000002", codeC = "111001000003"

    /// The counts of one indicator row (SPEC §4); rates are computed from them.
    struct Counts {
        var matricula: Int64, traslados: Int64, desertores: Int64, aprobados: Int64, reprobados: Int64
        var repitentes: Int64, conHistoria: Int64?, observados: Int64?, edadConocida: Int64, extraedad: Int64
        var elegibles: Int64?, interanuales: Int64?

        /// Row-wise sum (empty when either side is).
        static func + (lhs: Counts, rhs: Counts) -> Counts {
            func add(_ a: Int64?, _ b: Int64?) -> Int64? { a.flatMap { a in b.map { a + $0 } } }
            return Counts(matricula: lhs.matricula + rhs.matricula, traslados: lhs.traslados + rhs.traslados,
                          desertores: lhs.desertores + rhs.desertores, aprobados: lhs.aprobados + rhs.aprobados,
                          reprobados: lhs.reprobados + rhs.reprobados, repitentes: lhs.repitentes + rhs.repitentes,
                          conHistoria: add(lhs.conHistoria, rhs.conHistoria), observados: add(lhs.observados, rhs.observados),
                          edadConocida: lhs.edadConocida + rhs.edadConocida, extraedad: lhs.extraedad + rhs.extraedad,
                          elegibles: add(lhs.elegibles, rhs.elegibles), interanuales: add(lhs.interanuales, rhs.interanuales))
        }
    }

    /// One institution or territory row: year, level and counts.
    typealias Row = (year: Int64, level: String, counts: Counts)

    /// Counts by institution, year and level (`TOTAL` first).
    static let institutionRows: [(code: String, rows: [Row])] = [
        (codeA, [
            (2021, "TOTAL", Counts(matricula: 200, traslados: 10, desertores: 4, aprobados: 170, reprobados: 16, repitentes: 8,
                                   conHistoria: nil, observados: nil, edadConocida: 198, extraedad: 20, elegibles: 180, interanuales: 6)),
            (2022, "TOTAL", Counts(matricula: 195, traslados: 8, desertores: 6, aprobados: 165, reprobados: 16, repitentes: 9,
                                   conHistoria: 180, observados: 12, edadConocida: 195, extraedad: 22, elegibles: 175, interanuales: 9)),
            (2023, "TOTAL", Counts(matricula: 190, traslados: 10, desertores: 20, aprobados: 142, reprobados: 18, repitentes: 10,
                                   conHistoria: 176, observados: 25, edadConocida: 190, extraedad: 25, elegibles: nil, interanuales: nil)),
            (2023, "PRIMARIA", Counts(matricula: 100, traslados: 5, desertores: 6, aprobados: 83, reprobados: 6, repitentes: 4,
                                      conHistoria: 92, observados: 10, edadConocida: 100, extraedad: 9, elegibles: nil, interanuales: nil)),
            (2023, "SECUNDARIA", Counts(matricula: 90, traslados: 5, desertores: 14, aprobados: 59, reprobados: 12, repitentes: 6,
                                        conHistoria: 84, observados: 15, edadConocida: 90, extraedad: 16, elegibles: nil, interanuales: nil)),
        ]),
        (codeB, [
            (2021, "TOTAL", Counts(matricula: 28, traslados: 1, desertores: 0, aprobados: 25, reprobados: 2, repitentes: 1,
                                   conHistoria: nil, observados: nil, edadConocida: 28, extraedad: 3, elegibles: 27, interanuales: 1)),
            (2022, "TOTAL", Counts(matricula: 29, traslados: 1, desertores: 1, aprobados: 24, reprobados: 3, repitentes: 2,
                                   conHistoria: 26, observados: 3, edadConocida: 29, extraedad: 4, elegibles: 27, interanuales: 2)),
            (2023, "TOTAL", Counts(matricula: 30, traslados: 1, desertores: 1, aprobados: 25, reprobados: 3, repitentes: 2,
                                   conHistoria: 27, observados: 2, edadConocida: 30, extraedad: 4, elegibles: nil, interanuales: nil)),
        ]),
        (codeC, [
            (2021, "TOTAL", Counts(matricula: 140, traslados: 4, desertores: 2, aprobados: 126, reprobados: 8, repitentes: 5,
                                   conHistoria: nil, observados: nil, edadConocida: 140, extraedad: 10, elegibles: 130, interanuales: 3)),
            (2022, "TOTAL", Counts(matricula: 145, traslados: 5, desertores: 3, aprobados: 129, reprobados: 8, repitentes: 6,
                                   conHistoria: 130, observados: 7, edadConocida: 145, extraedad: 11, elegibles: 135, interanuales: 4)),
            (2023, "TOTAL", Counts(matricula: 300, traslados: 10, desertores: 3, aprobados: 267, reprobados: 20, repitentes: 12,
                                   conHistoria: 276, observados: 14, edadConocida: 300, extraedad: 24, elegibles: nil, interanuales: nil)),
            (2023, "PRIMARIA", Counts(matricula: 300, traslados: 10, desertores: 3, aprobados: 267, reprobados: 20, repitentes: 12,
                                      conHistoria: 276, observados: 14, edadConocida: 300, extraedad: 24, elegibles: nil, interanuales: nil)),
        ]),
    ]

    /// Directory attributes: name, municipality, zone, sector.
    static let attributes: [String: (String, String, String, String)] = [
        codeA: ("Colegio La Esperanza", "11001", "URBANA", "OFICIAL"),
        codeB: ("IE Rural El Roble", "11001", "RURAL", "OFICIAL"),
        codeC: ("Escuela Nueva Sol", "25001", "URBANA", "NO OFICIAL"),
    ]

    /// Students by early-warning level in 2023 (high, medium, low).
    static let risk: [String: (Int64, Int64, Int64)] = [codeA: (20, 38, 122), codeB: (3, 6, 20), codeC: (15, 60, 215)]

    /// The SPEC §4 columns of `counts`, rates as numerator / denominator (empty over 0 or empty).
    static func indicatorColumns(_ counts: [Counts]) -> [ResultColumn] {
        func rate(_ n: (Counts) -> Int64?, _ d: (Counts) -> Int64?) -> ResultColumn.Values {
            .rates(counts.map { c in
                guard let n = n(c), let d = d(c), d > 0 else { return nil }
                return Double(n) / Double(d)
            })
        }
        func ints(_ f: (Counts) -> Int64?) -> ResultColumn.Values { .integers(counts.map(f)) }
        return [
            ResultColumn("matricula", ints(\.matricula)), ResultColumn("traslados", ints(\.traslados)),
            ResultColumn("desertores", ints(\.desertores)), ResultColumn("aprobados", ints(\.aprobados)),
            ResultColumn("reprobados", ints(\.reprobados)), ResultColumn("base", ints { $0.matricula - $0.traslados }),
            ResultColumn("tasa_desercion_intraanual", rate(\.desertores) { $0.matricula - $0.traslados }),
            ResultColumn("tasa_aprobacion", rate(\.aprobados) { $0.matricula - $0.traslados }),
            ResultColumn("tasa_reprobacion", rate(\.reprobados) { $0.matricula - $0.traslados }),
            ResultColumn("repitentes", ints(\.repitentes)), ResultColumn("tasa_repitencia", rate(\.repitentes, \.matricula)),
            ResultColumn("con_historia", ints(\.conHistoria)), ResultColumn("repitentes_observados", ints(\.observados)),
            ResultColumn("tasa_repitencia_observada", rate(\.observados, \.conHistoria)),
            ResultColumn("edad_conocida", ints(\.edadConocida)), ResultColumn("extraedad", ints(\.extraedad)),
            ResultColumn("tasa_extraedad", rate(\.extraedad, \.edadConocida)),
            ResultColumn("elegibles_interanual", ints(\.elegibles)),
            ResultColumn("desertores_interanuales", ints(\.interanuales)),
            ResultColumn("tasa_desercion_interanual", rate(\.interanuales, \.elegibles)),
        ]
    }

    /// `indicadores_institucion`, with early-warning counts on the 2023 `TOTAL` rows.
    static var institution: ResultTable {
        let rows = institutionRows.flatMap { entry in entry.rows.map { (code: entry.code, row: $0) } }
            .sorted { ($0.row.year, $0.code) < ($1.row.year, $1.code) }
        func attribute(_ pick: ((String, String, String, String)) -> String) -> ResultColumn.Values {
            .texts(rows.map { attributes[$0.code].map(pick) })
        }
        func riskColumn(_ pick: ((Int64, Int64, Int64)) -> Int64) -> ResultColumn.Values {
            .integers(rows.map { $0.row.year == 2023 && $0.row.level == "TOTAL" ? risk[$0.code].map(pick) : nil })
        }
        return ResultTable(name: "indicadores_institucion", columns: [
            ResultColumn("anio", .integers(rows.map(\.row.year))), ResultColumn("institucion", .texts(rows.map(\.code))),
            ResultColumn("nombre", attribute(\.0)), ResultColumn("municipio", attribute(\.1)),
            ResultColumn("zona", attribute(\.2)), ResultColumn("sector", attribute(\.3)),
            ResultColumn("nivel", .texts(rows.map(\.row.level))),
        ] + indicatorColumns(rows.map(\.row.counts)) + [
            ResultColumn("riesgo_alto", riskColumn(\.0)), ResultColumn("riesgo_medio", riskColumn(\.1)),
            ResultColumn("riesgo_bajo", riskColumn(\.2)),
        ])
    }

    /// `indicadores_territorio`: the sums of the institutions, with MEN's dropout on `TOTAL` rows.
    static var territory: ResultTable {
        var sums: [(year: Int64, level: String, counts: Counts)] = []
        for entry in institutionRows {
            for row in entry.rows {
                if let index = sums.firstIndex(where: { $0.year == row.year && $0.level == row.level }) {
                    sums[index].counts = sums[index].counts + row.counts
                } else {
                    sums.append(row)
                }
            }
        }
        sums.sort { ($0.year, $0.level == "TOTAL" ? 0 : 1, $0.level) < ($1.year, $1.level == "TOTAL" ? 0 : 1, $1.level) }
        let men: [Int64: Double] = [2021: 0.031, 2022: 0.033, 2023: 0.036]
        return ResultTable(name: "indicadores_territorio", columns: [
            ResultColumn("anio", .integers(sums.map(\.year))), ResultColumn("nivel", .texts(sums.map(\.level))),
        ] + indicatorColumns(sums.map(\.counts)) + [
            ResultColumn("men_desercion", .rates(sums.map { $0.level == "TOTAL" ? men[$0.year] : nil })),
        ])
    }

    /// `indicadores_grado` of 2023 for A (grades 1, 6, 7) and B (grade 1).
    static var grade: ResultTable {
        let rows: [(String, Int64, Counts)] = [
            (codeA, 1, Counts(matricula: 20, traslados: 1, desertores: 0, aprobados: 17, reprobados: 2, repitentes: 1,
                              conHistoria: 19, observados: 1, edadConocida: 20, extraedad: 1, elegibles: nil, interanuales: nil)),
            (codeA, 6, Counts(matricula: 30, traslados: 2, desertores: 5, aprobados: 19, reprobados: 4, repitentes: 3,
                              conHistoria: 28, observados: 5, edadConocida: 30, extraedad: 6, elegibles: nil, interanuales: nil)),
            (codeA, 7, Counts(matricula: 25, traslados: 1, desertores: 3, aprobados: 18, reprobados: 3, repitentes: 2,
                              conHistoria: 24, observados: 3, edadConocida: 25, extraedad: 5, elegibles: nil, interanuales: nil)),
            (codeB, 1, Counts(matricula: 6, traslados: 0, desertores: 1, aprobados: 5, reprobados: 0, repitentes: 0,
                              conHistoria: 5, observados: 0, edadConocida: 6, extraedad: 0, elegibles: nil, interanuales: nil)),
        ]
        return ResultTable(name: "indicadores_grado", columns: [
            ResultColumn("anio", .integers(rows.map { _ in 2023 })), ResultColumn("institucion", .texts(rows.map(\.0))),
            ResultColumn("grado", .integers(rows.map(\.1))),
        ] + indicatorColumns(rows.map(\.2)))
    }

    /// `trayectorias_cohorte` of A's cohorts: 2021 grades 1 and 6 followed to 2022 and 2023, 2022 grade 6.
    static var cohortA: ResultTable {
        // (anio_cohorte, grado, anio, cohorte, a_tiempo, rezagados, adelantados, graduados, sin_registro, reached 5, 9, 11)
        let rows: [(Int64, Int64, Int64, Int64, Int64, Int64, Int64, Int64, Int64, Int64?, Int64?, Int64?)] = [
            (2021, 1, 2022, 20, 17, 2, 0, 0, 1, 0, 0, 0),
            (2021, 1, 2023, 20, 15, 3, 0, 0, 2, 0, 0, 0),
            (2021, 6, 2022, 40, 33, 4, 0, 0, 3, 40, 0, 0),
            (2021, 6, 2023, 40, 28, 6, 1, 0, 5, 40, 0, 0),
            (2022, 6, 2023, 30, 25, 3, 0, 0, 2, 30, 0, 0),
        ]
        func share(_ count: Int64?, _ size: Int64, grade: Int64, target: Int64) -> Double? {
            grade >= target ? nil : count.map { Double($0) / Double(size) }
        }
        return ResultTable(name: "trayectorias_cohorte", columns: [
            ResultColumn("anio_cohorte", .integers(rows.map(\.0))), ResultColumn("grado_cohorte", .integers(rows.map(\.1))),
            ResultColumn("anio", .integers(rows.map(\.2))), ResultColumn("cohorte", .integers(rows.map(\.3))),
            ResultColumn("a_tiempo", .integers(rows.map(\.4))), ResultColumn("rezagados", .integers(rows.map(\.5))),
            ResultColumn("adelantados", .integers(rows.map(\.6))), ResultColumn("graduados", .integers(rows.map(\.7))),
            ResultColumn("sin_registro", .integers(rows.map(\.8))),
            ResultColumn("tasa_a_tiempo", .rates(rows.map { Double($0.4) / Double($0.3) })),
            ResultColumn("tasa_rezagados", .rates(rows.map { Double($0.5) / Double($0.3) })),
            ResultColumn("tasa_graduados", .rates(rows.map { Double($0.7) / Double($0.3) })),
            ResultColumn("tasa_sin_registro", .rates(rows.map { Double($0.8) / Double($0.3) })),
            ResultColumn("supervivencia_grado_5", .rates(rows.map { share($0.9, $0.3, grade: $0.1, target: 5) })),
            ResultColumn("supervivencia_grado_9", .rates(rows.map { share($0.10, $0.3, grade: $0.1, target: 9) })),
            ResultColumn("supervivencia_grado_11", .rates(rows.map { share($0.11, $0.3, grade: $0.1, target: 11) })),
        ])
    }
}
