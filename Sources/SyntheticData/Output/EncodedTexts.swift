/// The texts of a `matricula` file, encoded once for its style, and per-sede codes as plain numbers.
struct EncodedTexts {
    /// `ESTADO` by `EnrollmentStatus` raw value.
    let statuses: TextTable
    /// `MOTIVO` by `NoveltyReason` raw value.
    let reasons: TextTable
    /// `RESULTADO` by `YearResult` raw value.
    let results: TextTable
    /// `TIPO_DOCUMENTO` by `DocumentType` raw value.
    let documentTypes: TextTable
    /// Grade words for grades −2…11, index grade + 2.
    let gradeWords: TextTable
    /// Grade labels `1°`…`11°`, index grade − 1.
    let gradeDegrees: TextTable
    /// Institution names (quoted when needed), by institution index.
    let names: TextTable
    /// `ETC` by institution index.
    let etcs: TextTable
    /// Institution index of each sede.
    let institutionOfSede: [Int]
    /// Institution code of each sede.
    let institutionCodeOfSede: [Int]
    /// Municipality code of each sede's institution.
    let municipalityCodeOfSede: [Int]

    /// Encodes every text of `world` for `style`.
    init(world: World, style: FileStyle) {
        statuses = TextTable([EnrollmentStatus.matriculado, .retirado, .graduado].map(\.text), style: style)
        reasons = TextTable(NoveltyReason.allCases.map(\.text), style: style)
        results = TextTable(YearResult.allCases.map(\.text), style: style)
        documentTypes = TextTable(DocumentType.allCases.map(\.text), style: style)
        gradeWords = TextTable(GradeLabels.words, style: style)
        gradeDegrees = TextTable((1...11).map { "\($0)°" }, style: style)
        names = TextTable(world.institutions.map(\.name), style: style)
        etcs = TextTable(world.institutions.map { world.municipalities[$0.municipality].etc }, style: style)
        institutionOfSede = world.sedes.map(\.institution)
        institutionCodeOfSede = world.sedes.map { world.institutions[$0.institution].code }
        municipalityCodeOfSede = world.sedes.map { world.municipalities[world.institutions[$0.institution].municipality].code }
    }
}
