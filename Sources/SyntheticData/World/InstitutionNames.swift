/// Builds plausible, distinct institution names with accents, a few with commas or quotes.
struct InstitutionNames {
    private var used: Set<String> = []

    private static let urbanPatrons = [
        "SAN JOSÉ", "JOSÉ MARÍA CÓRDOVA", "NUESTRA SEÑORA DEL ROSARIO", "MARÍA AUXILIADORA",
        "FRANCISCO JOSÉ DE CALDAS", "ANTONIO NARIÑO", "POLICARPA SALAVARRIETA", "JORGE ELIÉCER GAITÁN",
        "SIMÓN BOLÍVAR", "CAMILO TORRES", "PEDRO JUSTO BERRÍO", "MANUEL URIBE ÁNGEL", "LA INMACULADA",
        "SANTA TERESITA", "LA ESPERANZA", "JUAN DE DIOS ARANZAZU", "GABRIEL GARCÍA MÁRQUEZ", "LEÓN DE GREIFF",
        "DÉBORA ARANGO", "ATANASIO GIRARDOT", "CÁRDENAS CENTRO", "JESÚS MARÍA VALLE", "BENEDIKTA ZUR NIEDEN",
    ]
    private static let ruralPlaces = [
        "LA MONTAÑITA", "EL GUÁIMARO", "PEÑAS BLANCAS", "EL CHUSCAL", "SAN JOSÉ DE LA MONTAÑA", "LA MARÍA",
        "EL PIÑAL", "LAS ÁNIMAS", "PANTANILLO", "EL CAÑAVERAL", "LA QUIEBRA", "GUAMITO", "EL ZANCUDO",
    ]
    private static let privatePatrons = [
        "SAN IGNACIO", "LA SALLE", "SANTA MARÍA DEL CAMINO", "EL CORAZÓN DE JESÚS", "LOS ÁNGELES",
        "MONTESSORI", "SAN BERNARDO", "ALEMÁN", "LA ENSEÑANZA",
    ]

    /// A new name for the `ordinal`-th institution. Ordinal 1 (and every 7th after) gets a comma,
    /// ordinal 2 (and every 11th after) embedded quotes, so any world with three institutions has both.
    mutating func next(ordinal: Int, rural: Bool, official: Bool, municipality: String, random: inout SampleRandom) -> String {
        let prefix: String
        let core: String
        if !official {
            prefix = random.element(of: ["COLEGIO", "LICEO", "GIMNASIO", "COLEGIO COOPERATIVO"])
            core = random.element(of: Self.privatePatrons)
        } else if rural {
            prefix = random.element(of: ["CENTRO EDUCATIVO RURAL", "INSTITUCIÓN EDUCATIVA RURAL"])
            core = random.element(of: Self.ruralPlaces)
        } else {
            prefix = random.element(of: ["INSTITUCIÓN EDUCATIVA", "I.E.", "INSTITUCIÓN EDUCATIVA ESCUELA NORMAL SUPERIOR"])
            core = random.element(of: Self.urbanPatrons)
        }
        var name: String
        if ordinal % 11 == 2 {
            name = "\(prefix) \"\(core)\""
        } else if ordinal % 7 == 1 {
            name = "\(prefix) \(core), SEDE \(random.element(of: ["NORTE", "SUR", "CENTRAL", "PRINCIPAL"]))"
        } else {
            name = "\(prefix) \(core)"
        }
        if used.contains(name) { name += " DE \(municipality)" }
        var copy = 2
        let base = name
        while used.contains(name) {
            name = "\(base) NO. \(copy)"
            copy += 1
        }
        used.insert(name)
        return name
    }
}
