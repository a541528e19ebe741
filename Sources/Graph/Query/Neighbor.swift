/// An entity reached from another, with how it is reached.
public struct Neighbor: Sendable, Hashable {
    public var entity: EntityRef
    /// Hops from the start: 1 for direct neighbors.
    public var depth: Int
    /// The entity one hop closer to the start, through which this one was reached.
    public var through: EntityRef
    public var kind: EdgeKind
    /// How many pieces of evidence join it to the entities of the depth before, all kinds together: quotes,
    /// documents or stated relations.
    public var weight: Int
    /// The evidence counted by kind, strongest kind first.
    public var ties: [(kind: EdgeKind, weight: Int)]

    public init(entity: EntityRef, depth: Int, through: EntityRef, kind: EdgeKind, weight: Int, ties: [(kind: EdgeKind, weight: Int)] = []) {
        self.entity = entity
        self.depth = depth
        self.through = through
        self.kind = kind
        self.weight = weight
        self.ties = ties
    }

    public static func == (a: Self, b: Self) -> Bool {
        a.entity == b.entity && a.depth == b.depth && a.through == b.through && a.kind == b.kind && a.weight == b.weight
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(entity); hasher.combine(depth) }
}
