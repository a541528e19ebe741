/// A scalar attribute value of an exported node or edge.
///
/// Exports keep every attribute scalar: GraphML and NetworkX have no lists, so several values (aliases) are joined
/// into one string.
public enum ExportValue: Sendable, Hashable {
    case string(String)
    case int(Int64)
    case double(Double)
    case bool(Bool)
}
