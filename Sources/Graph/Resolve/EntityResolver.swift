/// Maps a document's local entities to the graph's entity nodes.
///
/// Tiers, strongest first: the same normalised name of a compatible type; a strong alias (an acronym, or a name of
/// two words or more) that another document defined. A lone word such as a surname is stored as an alias for display
/// and search but never joins two documents' entities: two people share surnames too often.
public struct EntityResolver: Sendable {
    public init() {}

    /// The node for `entity`, created if no stored entity matches; its names are added as aliases.
    ///
    /// - Complexity: a few index lookups per name; independent of the number of stored entities.
    public func resolve(_ entity: Extraction.Entity, in store: GraphStore) throws -> EntityID {
        let nameKey = NameKey.name(entity.name)
        let strongKeys = [nameKey] + entity.aliases.filter(Self.isStrongAlias).map(NameKey.name)
        var chosen: EntityID?
        for key in strongKeys where !key.isEmpty && chosen == nil {
            let candidates = try store.entities(withKey: key).filter { $0.type.isCompatible(with: entity.type) }
            chosen = candidates.first(where: { NameKey.name($0.name) == key })?.id ?? candidates.first?.id
        }
        let id = try chosen ?? store.insertEntity(name: entity.name, type: entity.type, key: nameKey)
        for alias in [entity.name] + entity.aliases {
            let key = NameKey.name(alias)
            if !key.isEmpty { try store.addAlias(alias, key: key, to: id) }
        }
        return id
    }

    /// Whether an alias is distinctive enough to join documents: an acronym or a name of several words.
    static func isStrongAlias(_ alias: String) -> Bool {
        let words = alias.split(whereSeparator: { $0 == " " || $0 == "-" })
        if words.count >= 2 { return true }
        let letters = alias.unicodeScalars.filter(\.properties.isAlphabetic)
        return letters.count >= 2 && letters.allSatisfy(\.properties.isUppercase)
    }
}
