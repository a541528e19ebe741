/// An input that could not be ingested, and why: reported, skipped, and never half-written.
public struct IngestProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file as the user named it, or `-` for standard input.
    public var file: String
    /// The 1-based line, for JSON Lines input.
    public var line: Int?
    public var reason: String

    public init(file: String, line: Int? = nil, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    public var description: String {
        let place = line.map { "\(file):\($0)" } ?? file
        return "\(place): \(reason)"
    }
}
