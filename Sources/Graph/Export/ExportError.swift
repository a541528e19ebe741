/// A failure to export: what went wrong and what to do next.
public enum ExportError: Error, Sendable, CustomStringConvertible {
    case noSuchEntity(String)
    case cannotWrite(path: String, reason: String)
    case badDate(String)

    public var description: String {
        switch self {
        case let .noSuchEntity(name):
            "no entity named '\(name)' in the selection; list names with `graphctl entities`, or pass an id such as E12"
        case let .cannotWrite(path, reason):
            "cannot write \(path): \(reason); choose another path with --out"
        case let .badDate(text):
            "'\(text)' is not an ISO 8601 date; write it as 2024-05-31"
        }
    }
}
