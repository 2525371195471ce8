import Testing
@testable import Risk

/// The `clave = valor` rules file: defaults, parsing and Spanish errors that name the line.
@Suite("Risk rules file")
struct FlagRulesFileTests {
    @Test("defaults are the SPEC §6 values")
    func defaults() {
        let rules = RiskRules()
        #expect(rules.highPValue == 0.001 && rules.mediumPValue == 0.025)
        #expect(rules.saberHighZ == -3.09 && rules.saberMediumZ == -1.96)
        #expect(rules.minimumInstitutionsForTau2 == 10 && rules.minimumExaminees == 5)
        #expect(rules.highWeight == 3 && rules.mediumWeight == 1 && rules.inSituScore == 6)
        #expect(rules.padrinoCount == 3 && rules.padrinoSizeLower == 0.5 && rules.padrinoSizeUpper == 2)
    }

    @Test("an empty or comment-only file keeps the defaults", arguments: ["", "\n\n", "# sin cambios\n  # nada\n"])
    func emptyFile(text: String) throws {
        #expect(try RiskRules.parse(text) == RiskRules())
    }

    @Test("comments, blank lines, CRLF, upper-case keys and decimal commas are accepted")
    func parsesSettings() throws {
        let text = """
            \u{FEFF}# Reglas de la SE
            p_alta = 0,0005   # más estricto
            P_MEDIA=0.01\r

            min_instituciones_tau2 = 15
            peso_alta = 4
            padrinos = 2
            padrino_tamano_max = 3
            """
        let rules = try RiskRules.parse(text)
        var expected = RiskRules()
        expected.highPValue = 0.0005
        expected.mediumPValue = 0.01
        expected.minimumInstitutionsForTau2 = 15
        expected.highWeight = 4
        expected.padrinoCount = 2
        expected.padrinoSizeUpper = 3
        #expect(rules == expected)
    }

    @Test("each bad file is refused at the right line with the right code", arguments: [
        ("p_alta = 0.001\nfoo = 1", RiskRulesError.Code.unknownKey, 2, "foo"),
        ("p_media = abc", .invalidNumber, 1, "p_media"),
        ("p_alta = nan", .invalidNumber, 1, "p_alta"),
        ("p_alta = 1e999", .invalidNumber, 1, "p_alta"),
        ("p_alta =", .invalidNumber, 1, "p_alta"),
        ("padrinos = 2.5", .invalidNumber, 1, "padrinos"),
        ("p_alta = 1.5", .outOfRange, 1, "p_alta"),
        ("# umbral\nmin_instituciones_tau2 = 5", .outOfRange, 2, "min_instituciones_tau2"),
        ("z_saber_media = 1.96", .outOfRange, 1, "z_saber_media"),
        ("padrino_tamano_min = 0", .outOfRange, 1, "padrino_tamano_min"),
        ("padrinos = 3\n\npadrinos = 4", .duplicateKey, 3, "padrinos"),
        ("p_alta = 0.05\np_media = 0.01", .inconsistent, 2, "p_media"),
        ("p_media = 0.0001", .inconsistent, 1, "p_media"),
        ("z_saber_alta = -1", .inconsistent, 1, "z_saber_alta"),
    ])
    func refused(text: String, code: RiskRulesError.Code, line: Int, key: String) throws {
        let error = try #require(throws: RiskRulesError.self) { try RiskRules.parse(text, file: "reglas.txt") }
        #expect(error.code == code && error.line == line && error.key == key && error.file == "reglas.txt")
    }

    @Test("a line without '=' is refused as such")
    func missingSeparator() throws {
        let error = try #require(throws: RiskRulesError.self) { try RiskRules.parse("\np_alta 0.001") }
        #expect(error.code == .missingSeparator && error.line == 2)
    }

    @Test("the message is Spanish and names file, line, key and what was expected")
    func spanishMessages() throws {
        let unknown = try #require(throws: RiskRulesError.self) {
            try RiskRules.parse("p_alta = 0.001\npeso_altas = 3", file: "reglas.txt")
        }
        #expect(unknown.description.hasPrefix("reglas.txt, línea 2: clave desconocida 'peso_altas'."))
        #expect(unknown.description.contains("peso_alta, peso_media"))
        let range = try #require(throws: RiskRulesError.self) { try RiskRules.parse("p_media = 2", file: "r.txt") }
        #expect(range.description == "r.txt, línea 1: el valor 2 de 'p_media' está fuera de rango. "
            + "Se esperaba un valor mayor que 0 y menor que 1.")
        let integer = try #require(throws: RiskRulesError.self) { try RiskRules.parse("padrinos = 2,5", file: "r.txt") }
        #expect(integer.description.contains("Se esperaba un número entero"))
    }

    @Test("load reads a file; a missing file is reported, not trapped")
    func load() throws {
        let path = temporaryFile("reglas.txt", "puntaje_in_situ = 8\n")
        #expect(try RiskRules.load(path: path).inSituScore == 8)
        let error = try #require(throws: RiskRulesError.self) { try RiskRules.load(path: path + ".no") }
        #expect(error.code == .unreadableFile && error.line == 0)
        #expect(error.description.hasPrefix(path + ".no: no se pudo leer el archivo de reglas."))
    }
}
