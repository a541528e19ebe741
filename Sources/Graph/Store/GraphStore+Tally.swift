import CSQLite

/// What one pass over the attributions counts for `graphctl stats`.
public struct AttributionTally: Sendable, Hashable {
    /// Every occurrence of a quote.
    public var occurrences = 0
    public var occurrencesByKind: [QuoteKind: Int] = [:]
    /// Occurrences with neither a named nor a described speaker.
    public var occurrencesWithoutSpeaker = 0
    /// Quote nodes none of whose occurrences has a speaker, named or described.
    public var quotesWithoutSpeaker = 0
    /// Occurrences by the extractor and version that made them, most first, then by name and version.
    public var extractors: [ExtractorCount] = []

    public init() {}
}

/// How many occurrences one version of one extractor made.
public struct ExtractorCount: Sendable, Hashable {
    public var extractor: String
    public var version: String
    public var occurrences: Int

    public init(extractor: String, version: String, occurrences: Int) {
        self.extractor = extractor
        self.version = version
        self.occurrences = occurrences
    }
}

extension GraphStore {
    /// How many quote nodes the graph holds, read from the row count that the full-text index `quote_fts` keeps,
    /// instead of counting `quote`.
    ///
    /// `quote` has no index narrower than its rows, so `count(*)` read every quote's text: 1.8 GB and 30 s, cold,
    /// in a graph of 489,000 articles, at the end of every ingest and in `graphctl stats`. FTS5 keeps the number
    /// of rows it indexes in its averages record (row 1 of `quote_fts_data`: a varint, then one per column), which
    /// it rewrites on every insert and delete; the triggers, or the ingest that keeps the index itself, commit it
    /// with every change to `quote` (`keepingSearchIndex(_:)`), so in every committed state it is the number of
    /// quotes. The record's layout is part of the FTS5 file format, which SQLite keeps readable by later versions.
    /// Inside an ingest's transaction, whose index entries wait for the commit, and when there is no record (an
    /// empty index), the rows are counted.
    ///
    /// - Complexity: O(1) pages; O(quotes) inside an ingest's transaction.
    public var quoteCount: Int {
        get throws {
            if searchLog == nil, let rows = try searchIndexRowCount() { return rows }
            return Int(try database.scalarInt("SELECT count(*) FROM quote"))
        }
    }

    /// How many rows `quote_fts` indexes, from its averages record; nil when there is none.
    func searchIndexRowCount() throws -> Int? {
        let record = try database.cached("SELECT block FROM quote_fts_data WHERE id = 1").first { row -> [UInt8]? in
            guard case let .blob(bytes) = row.value(0) else { return nil }
            return bytes
        }
        guard let bytes = record ?? nil, let count = Self.varint(bytes) else { return nil }
        return Int(count)
    }

    /// The SQLite varint at the start of `bytes` (big-endian groups of 7 bits, the ninth byte whole), which FTS5
    /// uses in its records; nil when `bytes` ends inside it or it does not fit an `Int`.
    static func varint(_ bytes: [UInt8]) -> UInt64? {
        var value: UInt64 = 0
        for (index, byte) in bytes.prefix(9).enumerated() {
            if index == 8 { value = value << 8 | UInt64(byte); return value <= UInt64(Int.max) ? value : nil }
            value = value << 7 | UInt64(byte & 0x7F)
            if byte & 0x80 == 0 { return value }
        }
        return nil
    }

    /// Counts the attributions by kind, by extractor version and without a speaker, and the quotes without one,
    /// in one pass over the table.
    ///
    /// Four statements read `attribution` for these before, three of them whole (speaker descriptions and
    /// extractor names are in no index) and two sorting every row to group a handful of values: 68 s, cold, at
    /// 489,000 articles. Here the rows are read once, in table order, and grouped as they come: the few distinct
    /// kinds and extractor versions by their bytes, the quotes in two bit sets indexed by quote id.
    ///
    /// - Complexity: one pass over the attributions; memory O(largest quote id / 4) bytes.
    public func attributionTally() throws -> AttributionTally {
        let statement = try query("""
            SELECT quote, speaker IS NULL AND speaker_description IS NULL, kind, extractor, extractor_version
            FROM attribution
            """)
        var tally = AttributionTally()
        var groups = TallyGroups()
        var quoted = QuoteBits(capacity: 0)
        var spoken = QuoteBits(capacity: 0)
        try database.read {
            // Quote ids are dense from 1: a bit each for "has an occurrence" and "has one with a speaker".
            quoted = QuoteBits(capacity: Int(try database.scalarInt("SELECT max(id) FROM quote")))
            spoken = QuoteBits(capacity: quoted.capacity)
            try statement.forEach { row in
                let quote = Int(row.int(0))
                quoted.insert(quote)
                if row.int(1) != 0 {
                    tally.occurrencesWithoutSpeaker += 1
                } else {
                    spoken.insert(quote)
                }
                groups.count(row)
            }
        }
        tally.quotesWithoutSpeaker = quoted.count(excluding: spoken)
        for group in groups.groups {
            let fields = group.key.split(separator: 0, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
            tally.occurrences += group.count
            if let kind = QuoteKind(rawValue: fields[0]) { tally.occurrencesByKind[kind, default: 0] += group.count }
            if let index = tally.extractors.firstIndex(where: { $0.extractor == fields[1] && $0.version == fields[2] }) {
                tally.extractors[index].occurrences += group.count
            } else {
                tally.extractors.append(ExtractorCount(extractor: fields[1], version: fields[2], occurrences: group.count))
            }
        }
        tally.extractors.sort {
            ($1.occurrences, $0.extractor, $0.version) < ($0.occurrences, $1.extractor, $1.version)
        }
        return tally
    }
}

/// Rows counted by the bytes of their kind, extractor and version, joined by NUL: a handful of groups over
/// millions of rows, so a row is matched against the last group it met first, and no string is made per row.
private struct TallyGroups {
    var groups: [(key: [UInt8], count: Int)] = []
    private var last = -1
    private var scratch: [UInt8] = []

    mutating func count(_ row: Row) {
        scratch.removeAll(keepingCapacity: true)
        for column in 2...4 {
            if column > 2 { scratch.append(0) }
            let length = Int(sqlite3_column_bytes(row.handle, Int32(column)))
            if length > 0, let text = sqlite3_column_text(row.handle, Int32(column)) {
                scratch.append(contentsOf: UnsafeBufferPointer(start: text, count: length))
            }
        }
        if last >= 0, groups[last].key == scratch {
            groups[last].count += 1
        } else if let index = groups.firstIndex(where: { $0.key == scratch }) {
            groups[index].count += 1
            last = index
        } else {
            groups.append((scratch, 1))
            last = groups.count - 1
        }
    }
}

/// A set of quote ids as bits, grown when an id is past the end.
private struct QuoteBits {
    private var words: [UInt64]

    init(capacity: Int) { words = Array(repeating: 0, count: max(0, capacity) / 64 + 1) }

    var capacity: Int { words.count * 64 }

    mutating func insert(_ id: Int) {
        guard id >= 0 else { return }
        let word = id >> 6
        if word >= words.count { words += Array(repeating: 0, count: word - words.count + 1) }
        words[word] |= 1 << UInt64(id & 63)
    }

    /// How many ids are here and not in `other`.
    func count(excluding other: QuoteBits) -> Int {
        var total = 0
        for (index, word) in words.enumerated() {
            total += (word & ~(index < other.words.count ? other.words[index] : 0)).nonzeroBitCount
        }
        return total
    }
}
