import Foundation

/// Maps each quote occurrence to a quote node: the same words in several articles are one node.
///
/// Texts are compared by `NameKey.quote`, which ignores typography, editorial insertions in brackets and punctuation.
/// An occurrence joins a node when:
/// - its key is one the node was already found under, and either the text is long enough to be distinctive
///   (`distinctiveWords` words or more: then speakers that disagree are kept on the occurrences, for the node's
///   `speakers` count), or the speakers agree or one relays the other (the speaker of one is the medium of the other);
/// - it is a fragment of the same speaker's longer quote ("surely annihilate" inside the full sentence), or of the
///   text of the medium that relayed it;
/// - or, when no longer text holds it, the same speaker's shorter quotes are fragments of it: those nodes are merged
///   into one. A fragment that joins a longer quote never bridges that quote to other nodes;
/// - or the end of one of the same speaker's quotes is the start of it, or the other way round, over
///   `overlapWords` words or more.
/// Different speakers' identical short words ("frantic") stay apart.
public struct QuoteResolver: Sendable {
    /// Texts of at least this many words are the same quote whoever the articles say spoke them.
    public var distinctiveWords = 6
    /// Fragments shorter than this many words join only by identical text.
    public var fragmentWords = 2
    /// Renderings that overlap by at least this many words, end of one to start of the other, are one quote.
    public var overlapWords = 5
    /// Candidates read per index lookup: a bound on the work, whatever the size of the graph.
    public var candidateLimit = 256

    public init() {}

    /// The node for `quote`, created if no stored quote matches; its text is indexed for later occurrences.
    ///
    /// - Parameters:
    ///   - speaker: the node of the occurrence's speaker, when it has one.
    ///   - via: the node of the medium that relayed it, when it has one.
    /// - Complexity: one index lookup per word pair of the text, each reading at most `candidateLimit` rows of the
    ///   same speaker's quotes; never a scan of all quotes.
    public func resolve(_ quote: Extraction.Quote, speaker: EntityID?, via: EntityID?, in store: GraphStore) throws -> QuoteID {
        try resolution(of: quote, speaker: speaker, via: via, document: nil, in: store).quote
    }

    /// The node for `quote` and the joins that put it there (`QuoteJoin`), for the merge log.
    ///
    /// - Parameters:
    ///   - speaker: the node of the occurrence's speaker, when it has one.
    ///   - via: the node of the medium that relayed it, when it has one.
    ///   - document: the occurrence's document, for the analyst's rules (`QuoteRule`); nil outside ingestion.
    /// - Complexity: as `resolve(_:speaker:via:in:)`, and two index lookups for rules; a rule adds one lookup per
    ///   candidate.
    public func resolution(
        of quote: Extraction.Quote, speaker: EntityID?, via: EntityID?, document: DocumentID?, in store: GraphStore
    ) throws -> (quote: QuoteID, joins: [QuoteJoin]) {
        let key = NameKey.quote(quote.text)
        guard !key.isEmpty else { return (try store.insertQuote(text: quote.text, key: key), []) }
        let words = NameKey.words(key)
        let apart = try Apart(key: key, document: document, in: store)

        var chosen: QuoteID?
        var join: QuoteJoin?
        for candidate in try store.quotes(withVariantKey: key) where try !apart.vetoes(candidate, in: store) {
            if let reason = try agreement(candidate, words: words.count, speaker: speaker, via: via, in: store) {
                chosen = candidate
                join = try sameWords(quote.text, key: key, node: candidate, reason: reason, in: store)
                break
            }
        }
        var contained: [(quote: QuoteID, key: String)] = []
        if let speaker, words.count >= fragmentWords {
            let shingles = Self.shingles(words)
            // A fragment of the speaker's own longer quote, or of the medium's text that relays the speaker.
            for owner in [speaker, via].compactMap({ $0 }) where chosen == nil {
                if let found = try container(of: key, shingles: shingles, speaker: owner, apart: apart, in: store) {
                    chosen = found.quote
                    join = owner == speaker
                        ? QuoteJoin(quote: found.quote, reason: .fragment, key: key, otherKey: found.key, detail: "a fragment of the speaker's longer quote", confidence: 0.8)
                        : QuoteJoin(quote: found.quote, reason: .relay, key: key, otherKey: found.key, detail: "a fragment of the relaying medium's text", confidence: 0.75)
                }
            }
            // Only a text that is the longest form known gathers the shorter ones: a fragment joining its container
            // never bridges it to other nodes, which its speaker's quotes would have joined already if they could.
            if chosen == nil {
                contained = try fragments(within: key, shingles: shingles, speaker: speaker, apart: apart, in: store)
            }
            // Two renderings of one sentence that overlap ("... get fully prepared for coping with any war" and
            // "fully prepared for coping with any war at any moment") are one quote.
            if chosen == nil && contained.isEmpty,
                let found = try overlapping(words, shingles: shingles, speaker: speaker, apart: apart, in: store) {
                chosen = found.quote
                join = QuoteJoin(quote: found.quote, reason: .overlap, key: key, otherKey: found.key, detail: "the end of one rendering is the start of the other", confidence: 0.7)
            }
        }

        let id: QuoteID
        var joins = join.map { [$0] } ?? []
        if let chosen {
            id = chosen
        } else if let first = contained.first {
            id = first.quote
        } else {
            id = try store.insertQuote(text: quote.text, key: key)
        }
        for other in contained {
            joins.append(QuoteJoin(quote: id, reason: .longerForm, key: key, otherKey: other.key, detail: "holds the speaker's shorter quote", confidence: 0.8))
            if other.quote != id {
                try store.moveQuoteMerges(from: other.quote, to: id)
                try store.mergeQuote(other.quote, into: id)
            }
        }
        try store.addVariant(key, to: id)
        if let speaker { try store.addShingles(Self.shingles(words), speaker: speaker, quote: id) }
        if let current = try store.quoteText(id), NameKey.words(current.key).count < words.count {
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
            for occurrence in try store.occurrences(of: quote) {
                let key = NameKey.quote(occurrence.text)
                guard !key.isEmpty else { continue }
                try store.addVariant(key, to: quote)
                if let speaker = occurrence.speaker {
                    try store.addShingles(Self.shingles(NameKey.words(key)), speaker: speaker, quote: quote)
                }
            }
        }
    }

    /// Whether an occurrence may join a node found under the same key: `.exact` when the text is distinctive or the
    /// speakers agree, `.relay` when one relays the other, nil when it may not.
    private func agreement(
        _ candidate: QuoteID, words: Int, speaker: EntityID?, via: EntityID?, in store: GraphStore
    ) throws -> QuoteJoin.Reason? {
        if words >= distinctiveWords { return .exact }
        guard let speaker else { return nil }
        let (speakers, media) = try store.speakersAndMedia(of: candidate)
        if speakers.contains(speaker) { return .exact }
        if media.contains(speaker) { return .relay }
        if let via, speakers.contains(via) { return .relay }
        return nil
    }

    /// How an occurrence with the same words as a node differs from the node's text: not at all, in typography only
    /// (marks, dashes, case), or by an editorial insertion in brackets.
    private func sameWords(
        _ text: String, key: String, node: QuoteID, reason: QuoteJoin.Reason, in store: GraphStore
    ) throws -> QuoteJoin {
        if reason == .relay {
            return QuoteJoin(quote: node, reason: .relay, key: key, otherKey: key, detail: "the same words, one speaker relays the other", confidence: 0.85)
        }
        guard let current = try store.quoteText(node), current.key == key else {
            return QuoteJoin(quote: node, reason: .exact, key: key, otherKey: key, detail: "the same words as an earlier copy", confidence: 0.95)
        }
        if current.text == text {
            return QuoteJoin(quote: node, reason: .exact, key: key, otherKey: key, detail: "the same text", confidence: 1)
        }
        if NameKey.quoteWithInsertions(current.text) == NameKey.quoteWithInsertions(text) {
            return QuoteJoin(quote: node, reason: .typography, key: key, otherKey: key, detail: "the same words in other typography", confidence: 0.95)
        }
        return QuoteJoin(quote: node, reason: .editorial, key: key, otherKey: key, detail: "the same words but for an editorial insertion", confidence: 0.9)
    }

    /// The lowest-id quote of `speaker` that contains `key` as a run of whole words, with the variant that does.
    private func container(
        of key: String, shingles: [Int64], speaker: EntityID, apart: Apart, in store: GraphStore
    ) throws -> (quote: QuoteID, key: String)? {
        // The rarest word pair of the fragment bounds the candidates: every container holds it.
        guard let rarest = try rarest(Set(shingles), speaker: speaker, in: store) else { return nil }
        for variant in try store.variants(ofQuotesWithShingle: rarest, speaker: speaker, limit: candidateLimit)
        where Self.contains(variant.key, key) {
            if try !apart.vetoes(variant.quote, in: store) { return variant }
        }
        return nil
    }

    /// Quotes of `speaker` one of whose variants is a run of whole words of `key`.
    ///
    /// A fragment starts with one of the text's word pairs (its anchor). An anchor that `candidateLimit` quotes of the
    /// speaker start with ("we will") is too common to tell fragments apart and is skipped: reading all of them for
    /// every new quote is what made resolution slow down as a prolific speaker's quotes grew.
    private func fragments(
        within key: String, shingles: [Int64], speaker: EntityID, apart: Apart, in store: GraphStore
    ) throws -> [(quote: QuoteID, key: String)] {
        var found: [QuoteID: String] = [:]
        for shingle in Set(shingles) {
            let variants = try store.variants(ofQuotesAnchoredAt: shingle, speaker: speaker, limit: candidateLimit)
            if Set(variants.map(\.quote)).count >= candidateLimit { continue }
            for variant in variants where found[variant.quote] == nil {
                // A fragment has at least `fragmentWords` words: one space or more for the default of two.
                if variant.key.utf8.count(where: { $0 == 0x20 }) + 1 >= fragmentWords && Self.contains(key, variant.key),
                    try !apart.vetoes(variant.quote, in: store) {
                    found[variant.quote] = variant.key
                }
            }
        }
        return found.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// The lowest-id quote of `speaker` one of whose variants ends with at least `overlapWords` words that `words`
    /// starts with, or starts with words that `words` ends with.
    ///
    /// Both kinds of overlap hold all the word pairs of the text's first (or last) `overlapWords` words, so the
    /// rarest of those pairs bounds the candidates.
    private func overlapping(
        _ words: [Substring], shingles: [Int64], speaker: EntityID, apart: Apart, in store: GraphStore
    ) throws -> (quote: QuoteID, key: String)? {
        guard words.count >= overlapWords, shingles.count >= overlapWords - 1 else { return nil }
        let head = Set(shingles.prefix(overlapWords - 1))
        let tail = Set(shingles.suffix(overlapWords - 1))
        var candidates: [(quote: QuoteID, key: String)] = []
        for pairs in [head, tail] {
            guard let rarest = try rarest(pairs, speaker: speaker, in: store) else { continue }
            candidates += try store.variants(ofQuotesWithShingle: rarest, speaker: speaker, limit: candidateLimit)
        }
        for candidate in candidates.sorted(by: { $0.quote < $1.quote }) {
            let theirs = NameKey.words(candidate.key)
            if Self.overlap(theirs, words) >= overlapWords || Self.overlap(words, theirs) >= overlapWords,
                try !apart.vetoes(candidate.quote, in: store) {
                return candidate
            }
        }
        return nil
    }

    /// The word pair that the fewest of `speaker`'s quotes hold (counted up to `candidateLimit`), or nil when one of
    /// them is in none: then no quote holds them all.
    private func rarest(_ shingles: Set<Int64>, speaker: EntityID, in store: GraphStore) throws -> Int64? {
        var rarest: (shingle: Int64, count: Int)?
        for shingle in shingles.sorted() {
            let count = try store.shingleCount(shingle, speaker: speaker, limit: candidateLimit)
            if count == 0 { return nil }
            if rarest == nil || count < rarest!.count { rarest = (shingle, count) }
        }
        return rarest?.shingle
    }

    /// How many words at the end of `a` begin `b`.
    static func overlap(_ a: [Substring], _ b: [Substring]) -> Int {
        var length = min(a.count, b.count)
        while length > 0 {
            if a.suffix(length).elementsEqual(b.prefix(length)) { return length }
            length -= 1
        }
        return 0
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
