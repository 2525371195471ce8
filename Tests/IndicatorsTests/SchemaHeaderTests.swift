import Testing
@testable import Indicators

/// SPEC §1 and §1.2: header normalisation, alias precedence, kind detection, missing columns.
@Suite("Schema: headers, aliases and kinds")
struct SchemaHeaderTests {
    @Test("header names are normalised", arguments: [
        ("Código Municipio", "CODIGO_MUNICIPIO"),
        ("Año", "ANO"),
        ("  Año  ", "ANO"),
        ("AÑO_INF", "ANO_INF"),
        ("PREESCOLAR__B_SICA", "PREESCOLAR__B_SICA"),
        ("\u{FEFF}ANO", "ANO"),
        ("Tasa (%) de deserción", "TASA_DE_DESERCION"),
        ("ñandú", "NANDU"),
        ("ÀÉÎÕÜÇÝ", "AEIOUCY"),
        ("__x__", "X"),
        ("a-b.c/d", "A_B_C_D"),
        ("grado cod", "GRADO_COD"),
        ("Número   Documento", "NUMERO_DOCUMENTO"),
        ("5°", "5"),
        ("---", ""),
        ("", ""),
        ("MATRICULADO", "MATRICULADO"),
        ("170", "170"),
        ("A1B2", "A1B2"),
        ("A1b2", "A1B2"),
    ])
    func normalisation(_ raw: String, _ expected: String) {
        #expect(TextNormalizer.normalize(raw) == expected)
    }

    @Test("for each column the first accepted name wins, wherever it sits in the header", arguments: [
        (["VIGENCIA", "ANO"], MatriculaColumn.year, 1),
        (["ANIO", "ANNO_INF"], .year, 1),
        (["ANO", "ANO_INF"], .year, 1),
        (["INSTITUCION", "CODIGO_DANE"], .institution, 1),
        (["DANE", "COD_DANE"], .institution, 1),
        (["GRADO_COD", "GRADO"], .grade, 1),
        (["ZONA", "ZON_ALU"], .zone, 1),
        (["ID_PERSONA", "PER_ID"], .personId, 1),
        (["DOCUMENTO", "NRO_DOCUMENTO"], .docNumber, 1),
        (["FECHA_RETIRO", "FECHA_NOVEDAD"], .eventDate, 1),
        (["NOMBRE_PAIS_ORIGEN", "PAIS_ORIGEN"], .originCountry, 1),
    ])
    func aliasPrecedence(_ header: [String], _ column: MatriculaColumn, _ index: Int) {
        #expect(ColumnMapping(normalizedHeader: header)[column] == index)
    }

    @Test("when the winning name occurs twice, the leftmost column wins")
    func leftmostDuplicate() {
        let mapping = ColumnMapping(normalizedHeader: ["X", "ANO", "GRADO", "ANO", "GRADO"])
        #expect(mapping[.year] == 1)
        #expect(mapping[.grade] == 2)
        #expect(mapping[.sede] == nil)
    }

    @Test("aliases and accents resolve end to end: ANO over VIGENCIA, CODIGO_DANE over INSTITUCION")
    func aliasesThroughLoader() throws {
        // VIGENCIA=2018, Año=2019, INSTITUCION=999, Código DANE=…001, GRADO_COD=7, Grado=5, ANO=2020,
        // Per Id=12, Número Documento=0099.
        let result = IngestSupport.load("aliases_accents.csv")
        #expect(result.errors.isEmpty)
        let c = result.enrollment.columns, i = result.enrollment.interners
        #expect(c.year == [2019])
        #expect(IngestSupport.strings(c.institution, i.institution) == ["111001000001"])
        #expect(c.grade == [5])
        #expect(IngestSupport.strings(c.student, i.student) == ["P12"])
    }

    @Test("kind detection from the normalised header", arguments: [
        (["ANO", "CODIGO_DANE", "PER_ID", "GRADO"], FileKind?.some(.matricula)),
        (["VIGENCIA", "DANE", "DOCUMENTO", "COD_GRADO"], .matricula),
        (["PERIODO", "ESTU_CONSECUTIVO", "PUNT_GLOBAL"], .saber11),
        (["CODIGO_DANE", "NOMBRE_ESTABLECIMIENTO", "ZONA", "SECTOR"], .directorio),
        (["ANO", "CODIGO_MUNICIPIO", "DESERCION", "APROBACION"], .referenciaMEN),
        (["ANO", "CODIGO_DEPARTAMENTO", "DESERCION", "APROBACION"], .referenciaMEN),
        (["NOMBRE"], nil),
        (["CODIGO_DANE", "GRADO"], nil),                              // no student key
        (["CODIGO_DANE", "NOMBRE_ESTABLECIMIENTO", "GRADO"], nil),    // a grade but no key: neither kind
        (["PUNT_GLOBAL"], nil),
        (["DESERCION", "APROBACION"], nil),
    ])
    func kindDetection(_ header: [String], _ kind: FileKind?) {
        #expect(FileKind.detect(normalizedHeader: header) == kind)
    }

    @Test("each kind of fixture is detected by the loader", arguments: [
        ("utf8_bom.csv", FileKind.matricula),
        ("notsign_icfes.txt", .saber11),
        ("semicolon_decimal_comma.csv", .referenciaMEN),
    ])
    func kindThroughLoader(_ fixture: String, _ kind: FileKind) {
        #expect(IngestSupport.load(fixture).files.map(\.kind) == [kind])
    }

    @Test("a directorio file is detected and loaded")
    func directorio() throws {
        let path = Fixture.temporary("directorio.csv",
            "Código DANE,Nombre Establecimiento,Código Municipio,Zona,Sector\n111001000001.0,Colegio A,5001,Rural,No oficial\n")
        let result = Ingestor.load([path])
        #expect(result.files.map(\.kind) == [.directorio])
        #expect(result.directory == [DirectoryEntry(code: "111001000001", name: "Colegio A", municipality: "05001",
                                                    zone: "RURAL", sector: "NO OFICIAL")])
    }

    @Test("an unknown header is an error naming the file, the header line and the columns found")
    func unknownKind() throws {
        let path = Fixture.path("ingest/one_column.csv")
        let result = Ingestor.load([path])
        #expect(result.files.isEmpty)
        let error = try #require(result.errors.first)
        #expect(error.code == .unknownKind)
        #expect(error.file == path && error.line == 1 && error.found == "NOMBRE")
        #expect(error.description.hasPrefix("\(path), línea 1: no se reconoce el tipo de archivo por su encabezado"))
        #expect(error.description.contains("--kind"))
    }

    @Test("--kind overrides detection")
    func kindOverride() throws {
        let path = Fixture.temporary("dir.csv", "CODIGO_DANE,NOMBRE_ESTABLECIMIENTO\n111001000001,Colegio A\n")
        #expect(Ingestor.load([path]).files.map(\.kind) == [.directorio])
        let forced = Ingestor.load([path], options: IngestOptions(kind: .matricula))
        let error = try #require(forced.errors.first)
        #expect(error.code == .missingColumns)
    }

    @Test("missing required columns: the error lists the columns found and the accepted names")
    func missingColumns() throws {
        let path = Fixture.path("ingest/header_only_missing_columns.csv")
        let result = Ingestor.load([path])
        #expect(result.files.isEmpty)
        let error = try #require(result.errors.first)
        #expect(error.code == .missingColumns)
        #expect(error.file == path && error.line == 1)
        #expect(error.found == "CODIGO_DANE, PER_ID, GRADO, NOMBRE")
        #expect(error.expected == "para un archivo de tipo matricula: ANO_INF (se acepta: ANO_INF, ANNO_INF, ANO, ANIO, VIGENCIA)")
        #expect(error.description.contains("al encabezado le faltan columnas obligatorias"))
        #expect(error.description.contains("se encontró: CODIGO_DANE, PER_ID, GRADO, NOMBRE"))
    }

    @Test("every missing required column is listed, the student key with all its names")
    func everyMissingColumn() {
        let missing = ColumnMapping(normalizedHeader: ["NOMBRE_ESTABLECIMIENTO"]).missingRequired
        #expect(missing == [
            "ANO_INF (se acepta: ANO_INF, ANNO_INF, ANO, ANIO, VIGENCIA)",
            "CODIGO_DANE (se acepta: CODIGO_DANE, INSTITUCION, CODIGO_DANE_ESTABLECIMIENTO, COD_DANE, DANE)",
            "GRADO (se acepta: GRADO, GRADO_COD, COD_GRADO)",
            "clave del estudiante (se acepta: PER_ID, ID_PERSONA, NRO_DOCUMENTO, NUMERO_DOCUMENTO, DOCUMENTO)",
        ])
    }

    @Test("a document number alone is an accepted student key column")
    func documentAloneIsAKey() {
        #expect(ColumnMapping(normalizedHeader: ["ANO", "CODIGO_DANE", "GRADO", "NUMERO_DOCUMENTO"]).missingRequired
                .isEmpty)
    }
}
