/// An error whose Spanish message can be shown to the user as it is.
///
/// Handlers throw errors conforming to this protocol; the runner prints
/// `Error: <userMessage>` to stderr and exits with 1 (64 for a ``UsageError``).
protocol UserFacingError: Error {
    /// The Spanish explanation, without the leading `Error: `.
    var userMessage: String { get }
}
