/// A seeded SIMAT-style matrícula sample for the property tests: students followed over several
/// years with promotions, repetitions, gaps, transfers (inside and across municipalities),
/// withdrawals, results, `SIT_ACAD_ANO_ANT`, graduations, adult and acceleration grades, missing
/// values and exact duplicates, in shuffled row order.
///
/// The `IndicatorsTests` target cannot import `SyntheticData` (not among its dependencies), so the
/// sample is built here; every random choice draws from one `SplitMix64` seeded by the caller.
struct IndicatorPropertySample {
    /// SplitMix64 (Steele, Lea and Flood 2014): small, fast, and the same on every platform.
    struct SplitMix64: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let header = "ANO,CODIGO_DANE,CODIGO_DANE_SEDE,PER_ID,NRO_DOCUMENTO,GRADO,ESTADO,MOTIVO,FECHA_NOVEDAD,"
        + "RESULTADO,SIT_ACAD_ANO_ANT,REPITENTE,FECHA_NACIMIENTO,GENERO,ZON_ALU,TIPO_JORNADA,POB_VICT_CONF,ETNIA,"
        + "TIPO_DISCAPACIDAD,PAIS_ORIGEN"

    let years: ClosedRange<Int>
    var rng: SplitMix64
    /// Twelve institutions: first digit 1–4 (zone and sector), three municipalities.
    let institutions: [String] = (0..<12).map { i in
        "\(i % 4 + 1)" + ["11001", "05001", "76001"][i % 3] + String(100_000 + i)
    }
    private(set) var rows: [String] = []

    /// Generates `students` students over `years` from `seed`.
    init(students: Int, years: ClosedRange<Int>, seed: UInt64) {
        self.years = years
        rng = SplitMix64(state: seed)
        for s in 1...students { addStudent(s) }
        rows.shuffle(using: &rng)
    }

    /// The CSV text, header first.
    var csv: String { ([Self.header] + rows).joined(separator: "\n") + "\n" }

    private mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &rng) < p }

    private mutating func pick<T>(_ values: [T]) -> T { values.randomElement(using: &rng)! }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    private mutating func date(in year: Int) -> String {
        "\(Self.two(Int.random(in: 1...28, using: &rng)))/\(Self.two(Int.random(in: 1...12, using: &rng)))/\(year)"
    }

    private mutating func addStudent(_ s: Int) {
        let key = chance(0.1) ? ",00\(s)" : "\(s),"
        var grade = pick(Array(-2...11) + [21, 99])
        var year = Int.random(in: years, using: &rng)
        let born = year - (grade >= 20 ? 25 : max(grade, -2) + 5) - Int.random(in: 0...3, using: &rng)
        let birth = chance(0.05) ? "" : "\(Self.two(Int.random(in: 1...28, using: &rng)))/\(Self.two(Int.random(in: 1...12, using: &rng)))/\(born)"
        let person = [pick(["M", "F", "", "M", "F"]), pick(["1", "2", "", "1"]), pick(["1", "2", "3", "4", "5", "6", ""]),
                      pick(["9", "9", "9", "1"]), pick(["0", "0", "0", "2"]), pick(["99", "99", "99", "4"]),
                      pick(["170", "170", "170", "862"])].joined(separator: ",")
        var institution = Int.random(in: 0..<institutions.count, using: &rng)
        var repeated = false
        while year <= years.upperBound {
            let sitAcad = chance(0.3) ? pick(["1", "2", "0", "7", "8"]) : ""
            func row(_ i: Int, _ status: String, _ reason: String, _ event: String, _ result: String) -> String {
                [String(year), institutions[i], institutions[i] + pick(["01", "02"]), key, String(grade), status, reason,
                 event, result, sitAcad, repeated && chance(0.7) ? "S" : pick(["N", "N", "N", "S", ""]), birth, person]
                    .joined(separator: ",")
            }
            if chance(0.12) {                                           // transfer during the year
                let target = chance(0.5) ? (institution + 3) % institutions.count : Int.random(in: 0..<institutions.count, using: &rng)
                rows.append(row(institution, pick(["RETIRADO", "TRASLADADO", ""]), pick(["TRASLADO", "CAMBIO DE DOMICILIO", ""]),
                                "\(Self.two(Int.random(in: 1...28, using: &rng)))/0\(Int.random(in: 2...5, using: &rng))/\(year)", ""))
                institution = target
            }
            if chance(0.05) {                                           // drops out during the year
                rows.append(row(institution, "RETIRADO", pick(["DESERCION", "ABANDONO", ""]), date(in: year), ""))
                if chance(0.7) { return }
            } else {
                let status = grade == 11 && chance(0.3) ? "GRADUADO" : pick(["MATRICULADO", "MATRICULADO", "", "PROMOCIONADO", "ACTIVO"])
                let result = chance(0.4) ? pick(["APROBADO", "APROBADO", "REPROBADO", "DESERTOR", "PROMOVIDO", "OTRO"]) : ""
                rows.append(row(institution, status, "", "", result))
                if chance(0.02) { rows.append(rows.last!) }            // exact duplicate
                if chance(0.04) {                                       // doble matrícula
                    rows.append(row((institution + 1) % institutions.count, "MATRICULADO", "", "", ""))
                }
                if status == "GRADUADO" || ((grade == 11 || grade == 26) && chance(0.6)) { return }
            }
            if chance(0.08) { return }                                  // leaves the territory
            year += chance(0.06) ? 2 : 1                                 // a gap year now and then
            repeated = chance(0.12)
            if !repeated {
                grade = grade == 99 ? pick([4, 5, 6]) : grade == 26 ? 26 : grade >= 20 ? grade + 1 : min(grade + (chance(0.03) ? 2 : 1), 13)
            }
        }
    }
}
