/// What the generator wrote, for tests to reconcile their readings with.
public struct SampleManifest: Sendable, Hashable {
    /// Every file written, in writing order: `matricula` and `saber11` by year, then `directorio`.
    public var files: [SampleFile]
    /// Bad `matricula` rows injected, by `InjectedReason` key, summed over files (empty in clean mode).
    public var injected: [String: Int]
    /// Each student-year's true dropout probability, when the generator was asked to record them.
    public var trueProbabilities: [TrueProbability]?
    /// Institution codes given a large positive dropout effect (see `DropoutModel.worseInstitutionEffect`).
    public var highDropoutInstitutions: [String]
    /// Institution codes given very low Saber 11 scores.
    public var lowScoreInstitutions: [String]
    /// Every institution code of the synthetic world, in code order (the directory omits a few).
    public var institutions: [String]

    /// Creates a manifest.
    public init(
        files: [SampleFile] = [], injected: [String: Int] = [:], highDropoutInstitutions: [String] = [],
        lowScoreInstitutions: [String] = [], institutions: [String] = []
    ) {
        self.files = files
        self.injected = injected
        self.highDropoutInstitutions = highDropoutInstitutions
        self.lowScoreInstitutions = lowScoreInstitutions
        self.institutions = institutions
    }

    /// The files of one kind, in writing order.
    public func files(of kind: SampleFileKind) -> [SampleFile] {
        files.filter { $0.kind == kind }
    }
}

/// The dropout probability `DropoutModel` gave one student in one year.
public struct TrueProbability: Sendable, Hashable {
    /// The school year.
    public let year: Int
    /// The student's `PER_ID`.
    public let personID: Int
    /// The probability of dropping out that year.
    public let probability: Double
}
