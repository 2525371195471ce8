import Testing
@testable import Indicators

/// The `ruta` and `subregiones` inputs (SPEC §1, §12).
@Suite("Ingest: ruta and subregiones inputs")
struct IngestRutaTests {
    @Test("a plan saved by Excel in a Spanish locale (BOM, ';', decimal comma, dd/mm/yyyy, CRLF) is read whole")
    func filledPlanAccepted() throws {
        let result = IngestSupport.load("ruta_excel_es.csv")
        let file = try #require(result.files.first)
        #expect(file.kind == .ruta)
        #expect(file.delimiter == ";")
        #expect(file.rowsRead == 4 && file.rowsUsed == 4 && file.rowsRejected == 0)
        #expect(result.rejects.isEmpty)
        let rows = result.ruta
        #expect(rows.map(\.institution) == ["105001000478", "205088000418", "105001000600", "105001000700"])
        #expect(rows.allSatisfy { $0.baseYear == 2022 })
        #expect(rows[0].modality == "IN_SITU")
        #expect(rows[0].status == "CERRADO")
        #expect(rows[0].hours == 12.5)
        #expect(rows[0].deliveredSessions == 8 && rows[0].plannedSessions == 10)
        #expect(rows[0].startDate == "15/02/2023" && rows[0].responsible == "María Pérez")
        #expect(rows[0].padrinos == ["105001000506"] && rows[0].peers == ["105001000600"])
        #expect(rows[0].line == 2)
    }

    @Test("accompanied: EN_CURSO/CERRADO, sessions delivered, or nothing filled in; not PLANEADO/SUSPENDIDO without sessions")
    func accompaniedDefinition() {
        let rows = IngestSupport.load("ruta_excel_es.csv").ruta
        #expect(rows.map(\.isAccompanied) == [true, true, false, false])
        #expect(RutaInputRow(baseYear: 2022, institution: "X", modality: "GRUPO", status: "PLANEADO",
                             deliveredSessions: 2).isAccompanied)
        #expect(!RutaInputRow(baseYear: 2022, institution: "X", modality: "GRUPO", hours: 3).isAccompanied)
    }

    @Test("rows with an unknown institution or an unloaded base year go to the rejects with their reason")
    func unknownInstitutionAndYear() {
        var result = IngestSupport.load("ruta_excel_es.csv")
        RutaInputCheck.apply(to: &result, institutions: ["105001000478", "205088000418", "105001000600"],
                             years: [2022, 2023])
        #expect(result.ruta.count == 3)
        #expect(result.rejects.map(\.reason) == [.unknownInstitution])
        #expect(result.rejects.first?.line == 5)
        #expect(result.files[0].rowsUsed == 3 && result.files[0].rowsRejected == 1)
        var other = IngestSupport.load("ruta_excel_es.csv")
        RutaInputCheck.apply(to: &other, institutions: ["105001000478", "205088000418", "105001000600", "105001000700"],
                             years: [2023])
        #expect(other.ruta.isEmpty)
        #expect(other.rejects.allSatisfy { $0.reason == .baseYearNotLoaded })
    }

    @Test("a subregion table in Windows-1252 with 'Código Municipio;Municipio;Subregión': codes padded, blank code rejected")
    func subregionTable() throws {
        let result = IngestSupport.load("subregiones_cp1252.csv")
        let file = try #require(result.files.first)
        #expect(file.kind == .subregiones)
        #expect(result.subregions == [
            SubregionEntry(municipality: "05001", name: "Medellín", subregion: "Valle de Aburrá"),
            SubregionEntry(municipality: "05088", name: "Bello", subregion: "Valle de Aburrá"),
            SubregionEntry(municipality: "05045", name: "Apartadó", subregion: "Urabá"),
        ])
        #expect(result.rejects.map(\.reason) == [.missingMunicipality])
    }

    @Test("detection order: ruta before directorio, subregiones before referencia_men")
    func detectionOrder() {
        #expect(FileKind.detect(normalizedHeader: ["ANIO_BASE", "INSTITUCION", "NOMBRE_ESTABLECIMIENTO", "MODALIDAD"]) == .ruta)
        #expect(FileKind.detect(normalizedHeader: ["CODIGO_MUNICIPIO", "SUBREGION", "DESERCION", "APROBACION"]) == .subregiones)
        #expect(FileKind.detect(normalizedHeader: ["INSTITUCION", "NOMBRE_ESTABLECIMIENTO"]) == .directorio)
    }

    @Test("unlisted municipalities of the matrícula are reported in calidad_datos")
    func unlistedMunicipalities() {
        var result = IngestSupport.load("subregiones_cp1252.csv")
        result.subregions.append(SubregionEntry(municipality: "05001", name: "", subregion: "Otra"))
        let institutions = [InstitutionInfo(code: "", name: "", municipality: "", zone: "", sector: ""),
                            InstitutionInfo(code: "A", name: "", municipality: "05001", zone: "", sector: ""),
                            InstitutionInfo(code: "B", name: "", municipality: "05999", zone: "", sector: ""),
                            InstitutionInfo(code: "C", name: "", municipality: "05998", zone: "", sector: "")]
        let findings = DataQuality.subregionFindings(result, institutions: institutions)
        #expect(findings.map(\.check) == ["municipio_sin_subregion", "municipio_subregion_repetido"])
        #expect(findings.map(\.cases) == [2, 1])
    }
}
