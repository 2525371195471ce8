import Indicators
import Testing
@testable import ReportCLI

/// The balance on an accompanied institution's page (SPEC §12.2), on `ReportFixtures+Balance`. Figures by hand:
///
/// A: y_b = 6/187 = 3.2 %, y_t = 20/180 = 11.1 %, observed +7.9 points; p̄_b = 10/355 = 2.8 %, p̄_t = 24/499 =
/// 4.8 %, territory +1.99 points; distance y_b − p̄_b = 0.39 points, B = 1/2, so regression −0.196 points and
/// expected +1.80 points; effect 7.90 − 1.80 = +6.1 points. B: y_b = 1/28 = 3.6 %, y_t = 1/29 = 3.4 %, observed
/// −0.12 points; distance 0.75 points, B = 28/215 = 13 %, regression −0.656, expected +1.34, effect −1.46 points.
/// Pooled: ē = (187·6.106 + 28·(−1.460))/215 = +5.12 points, ± 12.706·√V = 21.8 points → −16.7 % to 26.9 %.
@Suite("Institution report: the Ruta balance of an accompanied institution")
struct InstitutionBalanceReportTests {
    /// The `Balance de la Ruta` section of `code`'s Markdown page, or nil without one.
    static func section(_ output: ReportOutput, _ code: String) throws -> String? {
        let page = try output.text("instituciones/\(code).md")
        guard let start = page.range(of: "\n## Balance de la Ruta\n") else { return nil }
        let rest = page[start.upperBound...]
        return String(rest[..<(rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex)])
    }

    @Test("an accompanied school's page states its change, the expected change split in words, dose, comparison and warnings")
    func accompanied() throws {
        let output = try ReportOutput(ReportFixtures.inputsWithBalance())
        defer { output.remove() }
        let text = try #require(try Self.section(output, ReportFixtures.codeA))
        #expect(text.contains("La institución fue acompañada en la Ruta de Trayectorias con año base 2022 (acompañamiento "
            + "cerrado). Dosis registrada: 6 sesiones realizadas y 12.5 horas."))
        #expect(text.contains("En 2023, la deserción intraanual de la institución pasó de 3.2 % en 2022 a 11.1 %: un cambio "
            + "observado de +7.9 puntos porcentuales. Sin ningún efecto se esperaba un cambio de +1.8 puntos porcentuales: "
            + "-0.2 puntos porcentuales por la regresión a la media y +2.0 puntos porcentuales por el cambio del territorio "
            + "(de 2.8 % a 4.8 %). En 2022 la institución estaba 0.4 puntos porcentuales por encima del territorio; se espera "
            + "que conserve el 50 % de esa distancia"))
        #expect(text.contains("El efecto es +6.1 puntos porcentuales: la tasa quedó por encima de lo esperado sin acompañamiento."))
        #expect(text.contains("En el balance conjunto, dos instituciones acompañadas se comparan con tres instituciones que "
            + "tuvieron alertas en 2022 y no se acompañaron (sin contar padrinos ni pares de las acompañadas); son menos de "
            + "cinco, así que el efecto conjunto es el de las acompañadas solas frente a lo esperado. Efecto conjunto en "
            + "deserción intraanual en 2023: +5.1 puntos porcentuales (intervalo del 95 %: -16.7 % a 26.9 %, que cubre el "
            + "cero: no se distingue del azar)."))
        // Failure (τ² = 0): 16/187 = 8.6 % → 10.0 %, observed +1.4, expected 41/499 − 16/187 = −0.3, effect +1.8.
        #expect(text.contains("| 2023 | Deserción intraanual | 3.2 % | 11.1 % | 7.9 % | 1.8 % | 6.1 % |"))
        #expect(text.contains("| 2023 | Reprobación | 8.6 % | 10.0 % | 1.4 % | -0.3 % | 1.8 % |"))
        #expect(text.contains("- Otros programas al mismo tiempo"))
        #expect(text.contains("- Padrinos y pares de las instituciones acompañadas quedan fuera del grupo de comparación"))
        #expect(text.contains("- Con menos de cinco instituciones de comparación"))
        #expect(text.contains("- Un solo año de seguimiento (2023) es poco: conviene repetir el balance cuando se cargue 2024."))
        #expect(!text.contains("Institución pequeña"))   // 187 students in 2022
    }

    @Test("a small school accompanied as written: no dose, the small-school warning, its effect below the expected")
    func smallSchool() throws {
        let output = try ReportOutput(ReportFixtures.inputsWithBalance())
        defer { output.remove() }
        let text = try #require(try Self.section(output, ReportFixtures.codeB))
        #expect(text.contains("con año base 2022. No se registraron sesiones ni horas: el plan se da por cumplido tal como "
            + "se escribió."))
        #expect(text.contains("pasó de 3.6 % en 2022 a 3.4 %: un cambio observado de -0.1 puntos porcentuales. Sin ningún "
            + "efecto se esperaba un cambio de +1.3 puntos porcentuales: -0.7 puntos porcentuales por la regresión a la media"))
        #expect(text.contains("estaba 0.8 puntos porcentuales por encima del territorio; se espera que conserve el 13 % de "
            + "esa distancia"))
        #expect(text.contains("El efecto es -1.5 puntos porcentuales: la tasa quedó por debajo de lo esperado sin acompañamiento."))
        // 100/28 = 3.57 points per student.
        #expect(text.contains("- Institución pequeña: en 2022 su deserción se calculó sobre 28 estudiantes, así que cada "
            + "estudiante la mueve 3.6 puntos porcentuales"))
    }

    @Test("no section for a school that was not accompanied, nor without a loaded plan")
    func notAccompanied() throws {
        let output = try ReportOutput(ReportFixtures.inputsWithBalance())
        defer { output.remove() }
        #expect(try Self.section(output, ReportFixtures.codeC) == nil)        // PLANEADO, no sessions
        let plain = try ReportOutput(ReportFixtures.inputs())
        defer { plain.remove() }
        #expect(try Self.section(plain, ReportFixtures.codeA) == nil)
    }

    @Test("--publico: the small school's rates over 1 dropout are blanked, so are all its balance figures; A's stay")
    func publicMode() throws {
        let output = try ReportOutput(ReportFixtures.inputsWithBalance(isPublic: true))
        defer { output.remove() }
        let small = try #require(try Self.section(output, ReportFixtures.codeB))
        #expect(!small.contains("pasó de"))
        #expect(!small.contains("3.6 %") && !small.contains("-1.5"))
        #expect(small.contains("| 2023 | Deserción intraanual | — | — | — | — | — |"))
        #expect(small.contains("> Versión pública: las filas sin cifras se calcularon sobre menos de cinco estudiantes"))
        let large = try #require(try Self.section(output, ReportFixtures.codeA))
        #expect(large.contains("un cambio observado de +7.9 puntos porcentuales"))
        #expect(!large.contains("Versión pública: las filas sin cifras"))
    }

    @Test("failure of a year mostly without final results: a note says its balance row says nothing")
    func missingResults() throws {
        var inputs = ReportFixtures.inputsWithBalance()
        var institution = ReportFixtures.institution
        // 90 of A's 180 students of 2023 (base) without a final result: 50.0 % > 20 %.
        let codes = IndexedTable(institution)
        let missing = (0..<institution.rowCount).map { row -> Int64? in
            codes.text("institucion", at: row) == ReportFixtures.codeA && codes.year(at: row) == 2023
                && codes.text("nivel", at: row) == "TOTAL" ? 90 : 0
        }
        institution.columns.append(ResultColumn("sin_resultado", .integers(missing)))
        inputs.tables[institution.name] = institution
        let output = try ReportOutput(inputs)
        defer { output.remove() }
        let text = try #require(try Self.section(output, ReportFixtures.codeA))
        #expect(text.contains("> En 2023 el 50.0 % de los estudiantes aún no tiene resultado final"))
        #expect(text.contains("Su fila de reprobación en este balance no dice nada."))
    }
}
