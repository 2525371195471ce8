/// The severity of a risk flag, written as is in the `nivel` column of the flag tables.
public enum FlagLevel: String, Sendable, CaseIterable {
    /// Strong evidence (for `EXCESO`, p ≤ 0.001).
    case alta = "ALTA"
    /// Moderate evidence (for `EXCESO`, p ≤ 0.025).
    case media = "MEDIA"
}
