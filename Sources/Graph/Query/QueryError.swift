/// A question the graph cannot answer as asked: a name it does not know or cannot pin down, a search it cannot parse,
/// SQL it will not run.
public enum QueryError: Error, Sendable, CustomStringConvertible {
    /// No entity has this name or alias; `suggestions` are the closest names the graph holds.
    case unknownName(String, suggestions: [EntityRef])
    /// Several entities have this name or alias; the caller picks one (by a fuller name or by id).
    case ambiguousName(String, candidates: [EntityRef])
    /// An entity id (`E12`) that no entity has.
    case unknownID(String)
    /// A full-text search with nothing to search for.
    case emptySearch(String)
    /// SQL that `graphctl sql` refuses to run.
    case refusedSQL(reason: String)

    public var description: String {
        switch self {
        case let .unknownName(name, suggestions):
            let base = "no entity is named “\(name)”"
            guard !suggestions.isEmpty else { return base + "; list the names with `graphctl entities`" }
            return base + "; did you mean " + suggestions.map { "“\($0.name)” (\($0.jsonID))" }.joined(separator: ", ") + "?"
        case let .ambiguousName(name, candidates):
            return "“\(name)” names \(candidates.count) entities; say which with a fuller name or an id:\n"
                + candidates.map { "  \($0.jsonID)  \($0.type.rawValue)  \($0.name)" }.joined(separator: "\n")
        case let .unknownID(id):
            return "no entity has id \(id); list them with `graphctl entities`"
        case let .emptySearch(text):
            return "“\(text)” holds no words to search for; give at least one word"
        case let .refusedSQL(reason):
            return "refused: \(reason)"
        }
    }
}
