/// The kind of thing an entity names, as stored in `entity.type`.
public enum EntityType: String, Sendable, Hashable, Codable, CaseIterable {
    case person = "PERSON"
    case organization = "ORG"
    /// A geopolitical entity: a country, state or city.
    case geopolitical = "GPE"
    /// A place that is not a polity: a peninsula, sea, river, region.
    case location = "LOC"
    case event = "EVENT"
    case other = "OTHER"

    /// Whether two types may name the same real thing (an unknown type is compatible with every other).
    public func isCompatible(with other: EntityType) -> Bool {
        self == other || self == .other || other == .other
    }
}
