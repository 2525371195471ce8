import Testing
@testable import Indicators

/// Issue 12, item 9: names of places beside codes, from the built-in DIVIPOLA table or a loaded file.
@Suite("Issue 12: names of places")
struct Issue12PlaceNamesTests {
    @Test("the built-in DIVIPOLA table has the 1,122 municipalities with their departments")
    func builtIn() {
        #expect(Divipola.count == 1_122)
        #expect(Divipola.place(of: "05001") == Divipola.Place(municipality: "Medellín", department: "Antioquia"))
        #expect(Divipola.place(of: "52001") == Divipola.Place(municipality: "Pasto", department: "Nariño"))
        #expect(Divipola.place(of: "99999") == nil)
    }

    @Test("labels: `05001 Medellín (Antioquia)`; Bogotá once; an unknown code alone")
    func labels() {
        let names = PlaceNames()
        #expect(names.label(of: "05001") == "05001 Medellín (Antioquia)")
        #expect(names.name(of: "11001") == "Bogotá D.C.")
        #expect(names.label(of: "99999") == "99999")
        #expect(names.name(of: "") == "")
    }

    @Test("a code the table lacks takes its name from a loaded MEN file, else from a directory")
    func loadedNames() {
        let directory = [DirectoryEntry(code: "399999000001", name: "X", municipality: "99999", zone: "", sector: "",
                                        municipalityName: "Pueblo Nuevo", departmentName: "Departamento Nuevo")]
        #expect(PlaceNames(directory: directory).label(of: "99999") == "99999 Pueblo Nuevo (Departamento Nuevo)")
        let men = [MENReferenceRow(year: 2021, municipality: "99999", department: "99", name: "Villa MEN",
                                   values: [:], departmentName: "Depto MEN")]
        #expect(PlaceNames(directory: directory, menReference: men).name(of: "99999") == "Villa MEN (Depto MEN)")
        // The built-in name wins over a loaded one.
        let renamed = [DirectoryEntry(code: "105001000001", name: "Y", municipality: "05001", zone: "", sector: "",
                                      municipalityName: "MEDELLIN", departmentName: "ANTIOQUIA")]
        #expect(PlaceNames(directory: renamed).name(of: "05001") == "Medellín (Antioquia)")
    }

    @Test("nombre_municipio is appended as the last column, empty for unknown or missing codes")
    func appendedColumn() {
        let table = ResultTable(name: "indicadores_municipio", columns: [
            ResultColumn("anio", .integers([2021, 2021, 2021])),
            ResultColumn("municipio", .texts(["05001", "99999", nil])),
            ResultColumn("matricula", .integers([10, 5, 1])),
        ])
        let named = PlaceNames().addingMunicipalityNames(to: table)
        #expect(named.columns.map(\.name) == ["anio", "municipio", "matricula", "nombre_municipio"])
        guard case .texts(let values)? = named.column(named: "nombre_municipio")?.values else {
            Issue.record("nombre_municipio is not a text column")
            return
        }
        #expect(values == ["Medellín (Antioquia)", nil, nil])
        // Idempotent, and a table without `municipio` is left alone.
        #expect(PlaceNames().addingMunicipalityNames(to: named).columns.count == 4)
        let other = ResultTable(name: "x", columns: [ResultColumn("anio", .integers([1]))])
        #expect(PlaceNames().addingMunicipalityNames(to: other).columns.count == 1)
    }
}
