/// A format: receives the header, then every node, then every edge, then (DOT only) cluster members, then `end`.
///
/// Writers hold no nodes or edges: each is written out as it arrives.
public protocol GraphWriter: AnyObject {
    func begin(_ header: ExportHeader) throws
    func node(_ node: ExportNode) throws
    /// Called once after the last node and before the first edge.
    func nodesDone() throws
    func edge(_ edge: ExportEdge) throws
    /// Whether the writer groups nodes into clusters, and how.
    var clustering: ExportClustering? { get }
    /// A node that belongs to a cluster; members arrive grouped by `key`, after the edges.
    func clusterMember(key: String, label: String, node: String) throws
    func end() throws
}

extension GraphWriter {
    public func nodesDone() throws {}
    public var clustering: ExportClustering? { nil }
    public func clusterMember(key: String, label: String, node: String) throws {}
}
