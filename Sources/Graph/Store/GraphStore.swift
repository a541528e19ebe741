import Foundation

/// The graph in one SQLite file: opens or creates it, migrates its schema, and reads and writes its rows.
///
/// Every SQL string of the project lives in `Store/`; the rest of the library speaks to the database through this
/// type and its extensions. Not thread-safe: use one store per thread (SQLite's WAL lets readers and one writer
/// share the file).
public final class GraphStore {
    public let database: Database
    /// The quote index's in-memory filters, while an ingest keeps them (`keepingWriterCaches(_:)`).
    var quoteIndexFilter = QuoteIndexFilterState.unused
    /// The word-pair index of recent quotes, once built (`quoteWindow()`).
    var recentQuotes: QuoteWindow?
    /// Quote occurrences that the window of recent quotes keeps (`QuoteWindow`): fragments, longer forms and
    /// overlaps are found among these; identical texts are found whatever their age. Set before the first
    /// resolution.
    public var quoteWindowCapacity = QuoteWindow.defaultCapacity
    /// True while an ingest knows that the database holds no curation rule (`keepingWriterCaches(_:)`).
    var noCurationRules = false
    /// True while an ingest knows that the database holds no quote rule (`keepingWriterCaches(_:)`).
    var noQuoteRules = false
    /// Rows of the name index (resolution keys, aliases, surnames) written during an ingest, by entity, so that an
    /// entity named again in later articles costs no statement per name (`keepingWriterCaches(_:)`); nil outside one.
    var writtenNames: [Int64: Set<String>]?
    var writtenNameCount = 0
    /// The writer's copy of the name index that entity resolution reads, while an ingest keeps it
    /// (`keepingWriterCaches(_:)`, `NameIndexCache`).
    var nameIndexState = NameIndexState.unused
    /// Entities up to which an ingest reads the name index whole at its first look-up (about a second's reading);
    /// a larger graph is read name by name, as resolution asks. Set before the ingest.
    public var nameIndexCompleteLimit: Int64 = 250_000
    /// SQLite's `data_version`, and the connection's rollbacks, when `writtenNames` last agreed with the tables.
    var writtenNamesVersion: Int64 = 0
    var writtenNamesRollbacks = 0
    /// The quotes an ingest's transaction touched, while the ingest keeps the full-text index itself
    /// (`keepingSearchIndex(_:)`); nil when triggers keep it.
    var searchLog: SearchIndexLog?

    /// The default database: `$GRAPH_DB`, or `graph.sqlite` in the working directory.
    public static var defaultPath: String {
        if let path = ProcessInfo.processInfo.environment["GRAPH_DB"], !path.isEmpty { return path }
        return "graph.sqlite"
    }

    /// Opens the graph at `path`, creating and migrating it unless `readOnly`.
    ///
    /// - Throws: `StoreError` when the file cannot be opened, is not a graph database, or is from a newer version.
    public init(path: String, readOnly: Bool = false) throws {
        if readOnly && path != ":memory:" && !FileManager.default.fileExists(atPath: path) {
            throw StoreError.cannotOpen(path: path, reason: "no such file; ingest articles into it first")
        }
        database = try Database(path: path, readOnly: readOnly)
        try Migrations.migrate(database)
        try restoreSearchIndex()
    }

    /// The schema version of the open database.
    public var schemaVersion: Int {
        get throws { Int(try database.scalarInt("PRAGMA user_version")) }
    }
}
