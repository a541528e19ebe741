/// Row identifiers, typed so that an entity id is never passed where a quote id is expected.
public struct DocumentID: RawRepresentable, Sendable, Hashable, Codable, Comparable {
    public var rawValue: Int64
    public init(rawValue: Int64) { self.rawValue = rawValue }
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

public struct EntityID: RawRepresentable, Sendable, Hashable, Codable, Comparable {
    public var rawValue: Int64
    public init(rawValue: Int64) { self.rawValue = rawValue }
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

public struct QuoteID: RawRepresentable, Sendable, Hashable, Codable, Comparable {
    public var rawValue: Int64
    public init(rawValue: Int64) { self.rawValue = rawValue }
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}
