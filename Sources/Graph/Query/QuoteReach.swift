/// How widely a quote was carried, over all its occurrences, however few of them a listing shows.
///
/// Counts are whole up to `countLimit` when one is set; a count past it is given as `countLimit + 1` ("more than"),
/// so that a stock phrase carried by a hundred thousand articles costs a listing's counts no more than one carried
/// by `countLimit`. Outlets and dates are always whole.
public struct QuoteReach: Sendable, Hashable {
    /// Occurrences of the quote.
    public var occurrences: Int
    /// Documents that carry it.
    public var documents: Int
    /// Distinct outlets that carried it (case-insensitive), counting each document without one as its own.
    public var outlets: Int
    /// The earliest and latest publication dates among its documents; nil when none is dated.
    public var firstPublished: String?
    public var latestPublished: String?
    /// Where counting stopped, when it could have: see above. Nil when every count is whole.
    public var countLimit: Int?

    public init(
        occurrences: Int, documents: Int, outlets: Int, firstPublished: String?, latestPublished: String?,
        countLimit: Int? = nil
    ) {
        self.occurrences = occurrences
        self.documents = documents
        self.outlets = outlets
        self.firstPublished = firstPublished
        self.latestPublished = latestPublished
        self.countLimit = countLimit
    }

    /// The reach of a quote whose every occurrence and document is at hand.
    public init(occurrences: Int, documents: [DocumentRef]) {
        let dates = documents.compactMap(\.published)
        self.init(
            occurrences: occurrences, documents: documents.count, outlets: Self.outletCount(documents),
            firstPublished: dates.min { $0.utf8.lexicographicallyPrecedes($1.utf8) },
            latestPublished: dates.max { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    }

    /// Whether `count` (one of the counts above) stopped at the limit.
    public func isPastLimit(_ count: Int) -> Bool { countLimit.map { count > $0 } ?? false }

    /// Distinct outlets among `documents`, each document without an outlet counting as its own.
    static func outletCount(_ documents: [DocumentRef]) -> Int {
        var outlets: Set<String> = []
        var without = Set<DocumentID>()
        for document in documents {
            if let outlet = document.outlet { outlets.insert(outletKey(outlet)) } else { without.insert(document.id) }
        }
        return outlets.count + without.count
    }

    /// An outlet's name as SQLite's NOCASE collation compares it (ASCII letters folded, nothing else), so that
    /// counts made here and in SQL agree.
    static func outletKey(_ outlet: String) -> String {
        String(decoding: outlet.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
    }
}
