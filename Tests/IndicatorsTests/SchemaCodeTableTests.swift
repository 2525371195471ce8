import Testing
@testable import Indicators

/// SPEC §1.3: the SIMAT code tables, value by value.
@Suite("Schema: SIMAT code tables")
struct SchemaCodeTableTests {
    /// The grade the loader reads from a raw trimmed value.
    static func grade(_ raw: String) -> Int8? {
        IngestSupport.withBytes(raw) { bytes in
            IngestSupport.withNormalized(raw) { CodeTables.grade(raw: bytes, normalized: $0) }
        }
    }

    @Test("grade numbers of the SIMAT table are accepted",
          arguments: Array(-2...13) + Array(20...26) + [99])
    func gradeNumbers(_ g: Int) {
        #expect(Self.grade("\(g)") == Int8(g))
    }

    @Test("grade labels and `N°` are accepted", arguments: [
        ("PREJARDIN", -2), ("Prejardín", -2), ("JARDIN", -1), ("Jardín", -1), ("TRANSICION", 0), ("Transición", 0),
        ("PRIMERO", 1), ("SEGUNDO", 2), ("TERCERO", 3), ("CUARTO", 4), ("Quinto", 5), ("SEXTO", 6),
        ("Séptimo", 7), ("OCTAVO", 8), ("NOVENO", 9), ("Décimo", 10), ("ONCE", 11),
        ("1°", 1), ("5°", 5), ("11°", 11), ("05", 5),
    ] as [(String, Int8)])
    func gradeLabels(_ raw: String, _ expected: Int8) {
        #expect(Self.grade(raw) == expected)
    }

    @Test("any other grade value is refused", arguments: [
        "-3", "14", "19", "27", "98", "100", "", "5.5", "SEXTO A", "DOCE", "PRIMARIA", "1234567890",
    ])
    func gradeRefused(_ raw: String) {
        #expect(Self.grade(raw) == nil)
    }

    @Test("levels by grade", arguments: [
        (-2, Level.preescolar), (-1, .preescolar), (0, .preescolar), (1, .primaria), (5, .primaria),
        (6, .secundaria), (9, .secundaria), (10, .media), (11, .media), (12, .media), (13, .media),
        (20, .adultos), (26, .adultos), (99, .aceleracion),
    ] as [(Int8, Level)])
    func levels(_ grade: Int8, _ level: Level) {
        #expect(Level(grade: grade) == level)
    }

    @Test("level names in report order")
    func levelNames() {
        #expect(Level.allCases.map(\.name) == ["PREESCOLAR", "PRIMARIA", "SECUNDARIA", "MEDIA", "ADULTOS", "ACELERACION"])
    }

    @Test("theoretical age by grade", arguments: [
        (-2, 3), (-1, 4), (0, 5), (1, 6), (5, 10), (9, 14), (11, 16), (12, nil), (13, nil), (20, nil), (99, nil),
    ] as [(Int8, Int?)])
    func theoreticalAge(_ grade: Int8, _ age: Int?) {
        #expect(CodeTables.theoreticalAge(grade: grade) == age)
    }

    @Test("withdrawn statuses", arguments: [
        ("RETIRADO", true), ("Trasladado", true), ("desertor", true), ("CANCELADO", true), ("Retiro", true),
        ("MATRICULADO", false), ("PROMOCIONADO", false), ("ACTIVO", false), ("GRADUADO", false), ("", false),
        ("RETIRADA TEMPORAL", false),
    ])
    func withdrawnStatus(_ status: String, _ withdrawn: Bool) {
        #expect(IngestSupport.withNormalized(status) { CodeTables.isWithdrawnStatus($0) } == withdrawn)
    }

    @Test("year-end results", arguments: [
        ("APROBADO", CodeTables.Result.approved), ("Aprobó", .approved), ("PROMOVIDO", .approved),
        ("Graduado", .approved), ("REPROBADO", .failed), ("Reprobó", .failed), ("No promovido", .failed),
        ("NO_PROMOVIDO", .failed), ("DESERTOR", .dropout), ("PENDIENTE", .none), ("", .none),
    ])
    func results(_ text: String, _ result: CodeTables.Result) {
        #expect(IngestSupport.withNormalized(text) { CodeTables.result($0) } == result)
    }

    @Test("zones", arguments: [
        ("1", UInt8?.some(1)), ("U", 1), ("Urbana", 1), ("URBANO", 1), ("2", 2), ("r", 2), ("Rural", 2),
        ("3", nil), ("CENTRO", nil),
    ])
    func zones(_ text: String, _ zone: UInt8?) {
        #expect(IngestSupport.withNormalized(text) { CodeTables.zone($0) } == zone)
    }

    @Test("jornadas by code and label", arguments: [
        ("1", UInt8?.some(1)), ("2", 2), ("3", 3), ("4", 4), ("5", 5), ("6", 6),
        ("Completa", 1), ("MAÑANA", 2), ("Tarde", 3), ("Nocturna", 4), ("Fin de semana", 5), ("ÚNICA", 6),
        ("0", nil), ("7", nil), ("MADRUGADA", nil),
    ])
    func jornadas(_ text: String, _ jornada: UInt8?) {
        #expect(IngestSupport.withNormalized(text) { CodeTables.jornada($0) } == jornada)
    }

    @Test("yes/no flags", arguments: [
        ("S", Bool?.some(true)), ("SI", true), ("Sí", true), ("1", true), ("x", true), ("TRUE", true),
        ("N", false), ("No", false), ("0", false), ("FALSE", false), ("", false), ("QUIZAS", nil), ("2", nil),
    ])
    func flags(_ text: String, _ value: Bool?) {
        #expect(IngestSupport.withNormalized(text) { CodeTables.flag($0) } == value)
    }

    @Test("victim of the conflict", arguments: [
        ("1", true), ("Desplazado", true), ("9", false), ("0", false), ("NO APLICA", false), ("", false),
    ])
    func victim(_ text: String, _ value: Bool) {
        #expect(IngestSupport.withNormalized(text) { CodeTables.isVictim($0) } == value)
    }

    @Test("disability", arguments: [
        ("1", true), ("Visual", true), ("99", false), ("0", false), ("No aplica", false), ("NINGUNA", false),
        ("", false),
    ])
    func disability(_ text: String, _ value: Bool) {
        #expect(IngestSupport.withNormalized(text) { CodeTables.hasDisability($0) } == value)
    }

    @Test("ethnic group", arguments: [
        ("1", true), ("Indígena", true), ("0", false), ("NO APLICA", false), ("Ninguno", false), ("", false),
    ])
    func ethnic(_ text: String, _ value: Bool) {
        #expect(IngestSupport.withNormalized(text) { CodeTables.isEthnic($0) } == value)
    }

    @Test("migrant by origin country", arguments: [
        ("862", true), ("Venezuela", true), ("VE", true), ("170", false), ("CO", false), ("Colombia", false),
        ("", false),
    ])
    func migrant(_ text: String, _ value: Bool) {
        #expect(IngestSupport.withNormalized(text) { CodeTables.isMigrant($0) } == value)
    }
}
