import Foundation

/// Maps each quote occurrence to a quote node: the same words in several articles are one node.
///
/// Texts are compared by `NameKey.quote`, which ignores typography, editorial insertions in brackets and punctuation.
/// An occurrence joins a node when:
/// - its key is one the node was already found under, and either the text is long enough to be distinctive
///   (`distinctiveWords` words or more: then speakers that disagree are kept on the occurrences, for the node's
///   `speakers` count), or the speakers agree or one relays the other (the speaker of one is the medium of the other);
/// - it is a fragment of the same speaker's longer quote ("sharply cut" inside the full sentence), or of the
///   text of the medium that relayed it;
/// - or, when no longer text holds it, the same speaker's shorter quotes are fragments of it: those nodes are merged
///   into one, when no other speaker spoke them. A fragment that joins a longer quote never bridges that quote to
///   other nodes;
/// - or the end of one of the same speaker's quotes is the start of it, or the other way round, over
///   `overlapWords` words or more, in a node no other speaker spoke.
/// Different speakers' identical short words ("reckless") stay apart.
///
/// The rules about the same speaker's quotes (fragment, overlap) tell that its speaker meant the node's quote, not
/// that anyone else who says those words does: a text that joined by them is a key of its speaker (and medium) only
/// (`quote_voice`), never one through which other speakers' identical texts join (`quote_variant`). Otherwise a
/// stock phrase cut from one speaker's long quote drew every speaker who used it into that quote, their longer
/// quotes gathered more stock phrases, and at 489 472 generated articles one node held 1.5 million occurrences.
///
/// Identical keys are found whatever their age (`quote_variant`). Fragments, longer forms and overlaps are found
/// among the store's window of recent quote occurrences (`QuoteWindow`, `GraphStore.quoteWindowCapacity`: about
/// 25 000 articles' worth by default): news relays and cuts a quote within days, and an index of every word pair of
/// every quote ever stored made each ingest slower than the last. A fragment of a quote older than the window is a
/// node of its own, unless its words are exactly those of an earlier occurrence.
public struct QuoteResolver: Sendable {
    /// Texts of at least this many words are the same quote whoever the articles say spoke them.
    public var distinctiveWords = 6
    /// Fragments shorter than this many words join only by identical text.
    public var fragmentWords = 2
    /// Renderings that overlap by at least this many words, end of one to start of the other, are one quote.
    public var overlapWords = 5
    /// Candidates read per index lookup: a bound on the work, whatever the size of the graph. Prolific speakers'
    /// common word pairs reach it, so it sets the cost of their every quote: at 256 an ingest of 20 000 generated
    /// articles ran its last quarter at half the speed of its first; at 64 it kept its speed, and 12 of 312 163
    /// quote nodes stayed apart that had joined.
    public var candidateLimit = 64
    /// A word pair held by this many of a speaker's quotes or fewer bounds the candidates well enough.
    public var rareEnough = 8

    public init() {}

    /// The node for `quote`, created if no stored quote matches; its text is indexed for later occurrences.
    ///
    /// - Parameters:
    ///   - key: the text's `Key`, when the caller made it ahead (ingestion does, on the extraction cores).
    ///   - speaker: the node of the occurrence's speaker, when it has one.
    ///   - via: the node of the medium that relayed it, when it has one.
    /// - Complexity: one look-up in the window of recent quotes per word pair of the text, each reading at most
    ///   `candidateLimit` of the same speaker's quotes (in memory), and one index lookup of the key; never a scan of
    ///   all quotes. During an ingest the store's filter skips the key lookups that would find nothing.
    public func resolve(
        _ quote: Extraction.Quote, key prepared: Key? = nil, speaker: EntityID?, via: EntityID?, in store: GraphStore
    ) throws -> QuoteID {
        try resolution(of: quote, key: prepared, speaker: speaker, via: via, document: nil, in: store).quote
    }

    /// The node for `quote` and the joins that put it there (`QuoteJoin`), for the merge log.
    ///
    /// - Parameters:
    ///   - key: the text's `Key`, when the caller made it ahead.
    ///   - speaker: the node of the occurrence's speaker, when it has one.
    ///   - via: the node of the medium that relayed it, when it has one.
    ///   - document: the occurrence's document, for the analyst's rules (`QuoteRule`); nil outside ingestion.
    /// - Complexity: as `resolve(_:key:speaker:via:in:)`, and two index lookups for rules; a rule adds one lookup per
    ///   candidate.
    public func resolution(
        of quote: Extraction.Quote, key prepared: Key? = nil, speaker: EntityID?, via: EntityID?, document: DocumentID?,
        in store: GraphStore
    ) throws -> (quote: QuoteID, joins: [QuoteJoin]) {
        let prepared = prepared ?? Key(text: quote.text)
        let key = prepared.key
        guard !key.isEmpty else { return (try store.insertQuote(text: quote.text, key: key), []) }
        let wordCount = prepared.wordCount
        let shingles = prepared.shingles
        let apart = try Apart(key: key, document: document, in: store)

        var chosen: QuoteID?
        var join: QuoteJoin?
        // The chosen node's text and key, once read; and whether it was found under this very key (its variant row
        // is then stored already).
        var chosenText: (text: String, key: String)??
        var variantStored = false
        // Whether the text joins its node by a rule that only its own speaker's quotes may use: then its words are
        // indexed for its speaker and medium only (`quote_voice`), never for the same words of other speakers.
        var scoped = false
        if try store.mayHaveQuotes(withVariantKey: key, hash: prepared.filterHash),
            let found = try sameKey(key, words: wordCount, speaker: speaker, via: via, apart: apart, in: store) {
            chosen = found.quote
            if found.scoped {
                scoped = true
                join = found.reason == .relay
                    ? QuoteJoin(quote: found.quote, reason: .relay, key: key, otherKey: key, detail: "the same words as a fragment the medium relayed", confidence: 0.75)
                    : QuoteJoin(quote: found.quote, reason: .fragment, key: key, otherKey: key, detail: "the same words as the speaker's earlier fragment of the quote", confidence: 0.8)
            } else {
                (join, chosenText) = try sameWords(quote.text, key: key, node: found.quote, reason: found.reason, in: store)
            }
            // Read from quote_variant under `key`; short texts without rules, and texts only their speaker's quotes
            // find, are in quote_voice instead.
            variantStored = wordCount >= distinctiveWords || !apart.isEmpty
        }
        var contained: [(quote: QuoteID, key: String)] = []
        if let speaker, wordCount >= fragmentWords {
            // The window is read for every pair of the text: taken once.
            let window = try store.quoteWindow()
            // A speaker with no quote in the window has no fragment, longer form or overlap to find there.
            let recent = window.holds(speaker)
            if recent { window.warm(shingles, speaker: speaker) }
            // A fragment of the speaker's own longer quote, or of the medium's text that relays the speaker.
            for owner in [speaker, via] where chosen == nil {
                guard let owner, owner == speaker ? recent : window.holds(owner) else { continue }
                if let found = try container(of: key, shingles: prepared.sortedShingles, speaker: owner, apart: apart, in: store, window: window) {
                    chosen = found.quote
                    scoped = wordCount >= distinctiveWords
                    join = owner == speaker
                        ? QuoteJoin(quote: found.quote, reason: .fragment, key: key, otherKey: found.key, detail: "a fragment of the speaker's longer quote", confidence: 0.8)
                        : QuoteJoin(quote: found.quote, reason: .relay, key: key, otherKey: found.key, detail: "a fragment of the relaying medium's text", confidence: 0.75)
                }
            }
            // Only a text that is the longest form known gathers the shorter ones: a fragment joining its container
            // never bridges it to other nodes, which its speaker's quotes would have joined already if they could.
            // Only nodes that no other speaker spoke are gathered: a node that others' same words joined is theirs
            // too, and a longer quote holding two such stock phrases would fuse everyone who ever said either.
            if chosen == nil && recent {
                contained = try fragments(within: key, shingles: shingles, speaker: speaker, apart: apart, in: store, window: window)
                    .filter { try !store.quote($0.quote, isSpokenByOtherThan: speaker, or: via) }
            }
            // Two renderings of one sentence that overlap ("... keep the harbour open for every boat" and
            // "the harbour open for every boat this winter") are one quote.
            if chosen == nil && contained.isEmpty && recent,
                let found = try overlapping(prepared, speaker: speaker, via: via, apart: apart, in: store, window: window) {
                chosen = found.quote
                scoped = wordCount >= distinctiveWords
                join = QuoteJoin(quote: found.quote, reason: .overlap, key: key, otherKey: found.key, detail: "the end of one rendering is the start of the other", confidence: 0.7)
            }
        }

        let id: QuoteID
        var joins = join.map { [$0] } ?? []
        var inserted = false
        if let chosen {
            id = chosen
        } else if let first = contained.first {
            id = first.quote
        } else {
            id = try store.insertQuote(text: quote.text, key: key)
            inserted = true
        }
        for other in contained {
            joins.append(QuoteJoin(quote: id, reason: .longerForm, key: key, otherKey: other.key, detail: "holds the speaker's shorter quote", confidence: 0.8))
            if other.quote != id {
                try store.moveQuoteMerges(from: other.quote, to: id)
                try store.mergeQuote(other.quote, into: id)
            }
        }
        if !variantStored {
            if scoped {
                store.addScopedVariant(key, hash: prepared.filterHash)
            } else {
                try store.addVariant(key, to: id, hash: prepared.filterHash)
            }
        }
        if wordCount < distinctiveWords || scoped { try store.addVoices(key, speaker: speaker, via: via, quote: id) }
        if let speaker { try store.addShingles(shingles, key: key, speaker: speaker, quote: id) }
        // A node just made holds this text already. A node found under the same key was read above, and nothing
        // has written it since.
        if !inserted, let current = try chosenText ?? store.quoteText(id), Self.wordCount(current.key) < wordCount {
            try store.updateQuote(id, text: quote.text, key: key)
        }
        return (id, joins)
    }

    /// The node for an occurrence without a known speaker: it joins by identical text only.
    public func resolve(_ quote: Extraction.Quote, in store: GraphStore) throws -> QuoteID {
        try resolve(quote, speaker: nil, via: nil, in: store)
    }

    /// Indexes quote nodes again from the occurrences they have left, after a document's evidence was deleted for
    /// re-extraction: a variant or speaker that only the deleted occurrences gave no longer finds the node.
    ///
    /// - Complexity: index lookups per occurrence of the given quotes.
    public func reindex(_ quotes: [QuoteID], in store: GraphStore) throws {
        for quote in quotes {
            try store.clearQuoteIndex(quote)
            var indexed: Set<String> = []
            for occurrence in try store.occurrences(of: quote) {
                let key = NameKey.quote(occurrence.text)
                guard !key.isEmpty else { continue }
                let short = NameKey.words(key).count < distinctiveWords
                // A text that joined by a same-speaker rule stays a key of its own speaker's only, as it was.
                if short || !occurrence.scoped { try store.addVariant(key, to: quote) }
                if short || occurrence.scoped {
                    try store.addVoices(key, speaker: occurrence.speaker, via: occurrence.via, quote: quote)
                }
                // Once per speaker and variant: repeats would take the window's room and tell nothing more.
                if let speaker = occurrence.speaker, indexed.insert("\(speaker.rawValue) \(key)").inserted {
                    try store.addShingles(Self.shingles(NameKey.words(key)), key: key, speaker: speaker, quote: quote)
                }
            }
        }
    }

    /// The lowest-id node found under the same key that an occurrence may join, and why: any, for a text of
    /// `distinctiveWords` or more that the node's own texts hold; else one that the speaker spoke or relayed, or that
    /// the medium spoke (`scoped` when the text is distinctive: it joined that node by a same-speaker rule before).
    ///
    /// Without analyst rules about the key, one statement finds it; with them, each candidate is checked in turn.
    private func sameKey(
        _ key: String, words: Int, speaker: EntityID?, via: EntityID?, apart: Apart, in store: GraphStore
    ) throws -> (quote: QuoteID, reason: QuoteJoin.Reason, scoped: Bool)? {
        let distinctive = words >= distinctiveWords
        if apart.isEmpty {
            if distinctive, let found = try store.firstQuote(withVariantKey: key) { return (found, .exact, false) }
            guard let speaker,
                let found = try store.firstQuote(withShortKey: key, spokenOrRelayedBy: speaker, orSpokenBy: via)
            else { return nil }
            return (found.quote, found.relayed ? .relay : .exact, distinctive)
        }
        for candidate in try store.quotes(withVariantKey: key) where try !apart.vetoes(candidate, in: store) {
            if let reason = try agreement(candidate, words: words, speaker: speaker, via: via, in: store) {
                return (candidate, reason, false)
            }
        }
        // A distinctive text that only its own speaker's quotes may find (a fragment of theirs, said again).
        guard distinctive, let speaker,
            let found = try store.firstQuote(withShortKey: key, spokenOrRelayedBy: speaker, orSpokenBy: via),
            try !apart.vetoes(found.quote, in: store)
        else { return nil }
        return (found.quote, found.relayed ? .relay : .exact, true)
    }

    /// Whether an occurrence may join a node found under the same key: `.exact` when the text is distinctive or the
    /// speakers agree, `.relay` when one relays the other, nil when it may not.
    private func agreement(
        _ candidate: QuoteID, words: Int, speaker: EntityID?, via: EntityID?, in store: GraphStore
    ) throws -> QuoteJoin.Reason? {
        if words >= distinctiveWords { return .exact }
        guard let speaker else { return nil }
        // Probes rather than every occurrence of the node: a stock phrase's node has thousands.
        if try store.quote(candidate, isSpokenBy: speaker) { return .exact }
        if try store.quote(candidate, isRelayedBy: speaker) { return .relay }
        if let via, try store.quote(candidate, isSpokenBy: via) { return .relay }
        return nil
    }

    /// How an occurrence with the same words as a node differs from the node's text: not at all, in typography only
    /// (marks, dashes, case), or by an editorial insertion in brackets.
    ///
    /// - Returns: the join, and the node's text and key when they were read (nil when not; `.some(nil)` when the
    ///   node has no row).
    private func sameWords(
        _ text: String, key: String, node: QuoteID, reason: QuoteJoin.Reason, in store: GraphStore
    ) throws -> (QuoteJoin, (text: String, key: String)??) {
        if reason == .relay {
            return (QuoteJoin(quote: node, reason: .relay, key: key, otherKey: key, detail: "the same words, one speaker relays the other", confidence: 0.85), nil)
        }
        let read = try store.quoteText(node)
        guard let current = read, current.key == key else {
            return (QuoteJoin(quote: node, reason: .exact, key: key, otherKey: key, detail: "the same words as an earlier copy", confidence: 0.95), .some(read))
        }
        if current.text == text {
            return (QuoteJoin(quote: node, reason: .exact, key: key, otherKey: key, detail: "the same text", confidence: 1), read)
        }
        if NameKey.quoteWithInsertions(current.text) == NameKey.quoteWithInsertions(text) {
            return (QuoteJoin(quote: node, reason: .typography, key: key, otherKey: key, detail: "the same words in other typography", confidence: 0.95), read)
        }
        return (QuoteJoin(quote: node, reason: .editorial, key: key, otherKey: key, detail: "the same words but for an editorial insertion", confidence: 0.9), read)
    }

    /// The lowest-id quote of `speaker` that contains `key` as a run of whole words, with the variant that does.
    ///
    /// - Parameter shingles: the key's distinct word pairs, ascending (`Key.sortedShingles`).
    private func container(
        of key: String, shingles: [Int64], speaker: EntityID, apart: Apart, in store: GraphStore, window: QuoteWindow
    ) throws -> (quote: QuoteID, key: String)? {
        // The rarest word pair of the fragment bounds the candidates: every container holds it.
        guard let rarest = rarest(shingles, speaker: speaker, in: window) else { return nil }
        for variant in window.variants(rarest.shingle, speaker: speaker, anchor: false, limit: candidateLimit)
        where Self.contains(variant.key, key) {
            if try !apart.vetoes(variant.quote, in: store) { return variant }
        }
        return nil
    }

    /// Quotes of `speaker` one of whose variants is a run of whole words of `key`, each with that variant.
    ///
    /// A fragment starts with one of the text's word pairs (its anchor). An anchor that `candidateLimit` quotes of the
    /// speaker start with ("we will") is too common to tell fragments apart and is skipped: reading all of them for
    /// every new quote is what made resolution slow down as a prolific speaker's quotes grew.
    private func fragments(
        within key: String, shingles: [Int64], speaker: EntityID, apart: Apart, in store: GraphStore, window: QuoteWindow
    ) throws -> [(quote: QuoteID, key: String)] {
        var found: [QuoteID: String] = [:]
        // In the text's order, each pair once: a set's order changes from run to run, and with it which of a node's
        // fragments the merge log would name.
        for (position, shingle) in shingles.enumerated() where !shingles[..<position].contains(shingle) {
            // Counted before reading: a common anchor's quotes are never read.
            let count = window.count(shingle, speaker: speaker, anchor: true, limit: candidateLimit)
            guard count > 0 && count < candidateLimit else { continue }
            let variants = window.variants(shingle, speaker: speaker, anchor: true, limit: candidateLimit)
            // A variant longer than the text cannot be a run of its words.
            for variant in variants where found[variant.quote] == nil && variant.key.utf8.count <= key.utf8.count {
                // A fragment has at least `fragmentWords` words: one space or more for the default of two.
                if variant.key.utf8.count(where: { $0 == 0x20 }) + 1 >= fragmentWords && Self.contains(key, variant.key),
                    try !apart.vetoes(variant.quote, in: store) {
                    found[variant.quote] = variant.key
                }
            }
        }
        return found.sorted { $0.key < $1.key }.map { (quote: $0.key, key: $0.value) }
    }

    /// The lowest-id quote of `speaker` one of whose variants ends with at least `overlapWords` words that the text
    /// starts with, or starts with words that the text ends with; with that variant. Like gathering, it takes only
    /// quotes that no speaker but `speaker` (or the medium `via`) spoke: a text whose start is a stock phrase that
    /// others said too is not a rendering of all their quotes.
    ///
    /// Both kinds of overlap hold all the word pairs of the text's first (or last) `overlapWords` words, so the
    /// rarest of those pairs bounds the candidates.
    private func overlapping(
        _ text: Key, speaker: EntityID, via: EntityID?, apart: Apart, in store: GraphStore, window: QuoteWindow
    ) throws -> (quote: QuoteID, key: String)? {
        let shingles = text.shingles
        guard text.wordCount >= overlapWords, shingles.count >= overlapWords - 1 else { return nil }
        let head = Self.distinctAscending(shingles.prefix(overlapWords - 1))
        let tail = Self.distinctAscending(shingles.suffix(overlapWords - 1))
        var candidates: [(quote: QuoteID, key: String)] = []
        for pairs in [head, tail] {
            // A head (or tail) whose every pair `candidateLimit` of the speaker's quotes hold is a stock phrase: the
            // first quotes that hold it tell nothing, and reading them for every quote that starts so was most of
            // the cost of overlaps for prolific speakers.
            guard let rarest = rarest(pairs, speaker: speaker, in: window), rarest.count < candidateLimit else { continue }
            candidates += window.variants(rarest.shingle, speaker: speaker, anchor: false, limit: candidateLimit)
        }
        for candidate in candidates.sorted(by: { $0.quote < $1.quote }) {
            if Self.overlaps(candidate.key, text.key, words: overlapWords) || Self.overlaps(text.key, candidate.key, words: overlapWords),
                try !apart.vetoes(candidate.quote, in: store),
                try !store.quote(candidate.quote, isSpokenByOtherThan: speaker, or: via) {
                return candidate
            }
        }
        return nil
    }

    /// The word pair that the fewest of `speaker`'s quotes hold (counted up to `candidateLimit`), or nil when one of
    /// them is in none: then no quote holds them all. A pair that `rareEnough` quotes or fewer hold is taken at
    /// once: reading that few candidates costs less than counting the other pairs, and finds the same quotes.
    ///
    /// - Parameter shingles: distinct pairs, ascending: ties go to the smallest hash.
    private func rarest(_ shingles: [Int64], speaker: EntityID, in window: QuoteWindow) -> (shingle: Int64, count: Int)? {
        var rarest: (shingle: Int64, count: Int)?
        for shingle in shingles {
            let count = window.count(shingle, speaker: speaker, anchor: false, limit: candidateLimit)
            if count == 0 { return nil }
            if count <= rareEnough { return (shingle, count) }
            if rarest == nil || count < rarest!.count { rarest = (shingle, count) }
        }
        return rarest
    }

    /// The distinct pairs of `shingles`, ascending (as a `Set`'s `sorted()` gives them).
    private static func distinctAscending(_ shingles: ArraySlice<Int64>) -> [Int64] {
        var sorted = shingles.sorted()
        var kept = 0
        for index in sorted.indices where kept == 0 || sorted[index] != sorted[kept - 1] {
            sorted[kept] = sorted[index]
            kept += 1
        }
        sorted.removeLast(sorted.count - kept)
        return sorted
    }

    /// Whether the last `words` or more whole words of `a` are the first words of `b` (both quote keys: words
    /// separated by one space).
    ///
    /// Compares UTF-8 bytes from each word start of `a`: splitting every candidate's key into words, and trying every
    /// length, was most of the writer's time once prolific speakers had a few hundred quotes.
    static func overlaps(_ a: String, _ b: String, words: Int) -> Bool {
        var a = a
        var b = b
        return a.withUTF8 { a in
            b.withUTF8 { b in
                guard !a.isEmpty, !b.isEmpty else { return false }
                let space = UInt8(ascii: " ")
                var remaining = a.count(where: { $0 == space }) + 1  // words of a from `start` on
                var start = 0
                while remaining >= words {
                    let length = a.count - start
                    if length <= b.count && (length == b.count || b[length] == space)
                        && memcmp(a.baseAddress! + start, b.baseAddress!, length) == 0
                    {
                        return true
                    }
                    guard let next = a[start...].firstIndex(of: space) else { return false }
                    start = next + 1
                    remaining -= 1
                }
                return false
            }
        }
    }

    /// Whether `text` holds `part` as a run of whole words (both are quote keys: words separated by one space).
    ///
    /// Compares UTF-8 bytes at word starts: Foundation's substring search was a tenth of all ingest time.
    static func contains(_ text: String, _ part: String) -> Bool {
        var text = text
        var part = part
        return text.withUTF8 { text in
            part.withUTF8 { part in
                guard !part.isEmpty, part.count <= text.count else { return false }
                let space = UInt8(ascii: " ")
                var start = 0
                while start + part.count <= text.count {
                    let end = start + part.count
                    if (end == text.count || text[end] == space) && memcmp(text.baseAddress! + start, part.baseAddress!, part.count) == 0 {
                        return true
                    }
                    // The next word start.
                    guard let next = text[start...].firstIndex(of: space) else { return false }
                    start = next + 1
                }
                return false
            }
        }
    }

    /// Stable hashes of a text's consecutive word pairs (FNV-1a, 64 bits), in order.
    static func shingles(_ words: [Substring]) -> [Int64] {
        guard words.count >= 2 else { return [] }
        return (0..<(words.count - 1)).map { index in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in words[index].utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            hash = (hash ^ 0x20) &* 0x0000_0100_0000_01B3
            for byte in words[index + 1].utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            return Int64(bitPattern: hash)
        }
    }
}
