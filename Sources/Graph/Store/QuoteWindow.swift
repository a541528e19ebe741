/// The word-pair index of the most recent quote occurrences, in memory and of fixed size, for finding fragments,
/// longer forms and overlaps of a speaker's quotes.
///
/// It replaces the tables `quote_shingle` and `quote_anchor`: every word pair of every variant of every speaker was
/// a row at a random place in a B-tree, 70 % of SQLite's steps per article, and once that index outgrew the page
/// cache each transaction rewrote most of its pages, so ingestion slowed down as the graph grew. Relays and
/// fragments of a quote come within days of it, so the last `capacity` occurrences with a speaker (their speaker,
/// quote node and variant key) are what is kept; identical texts still join whatever their age, through
/// `quote_variant`.
///
/// Layout: occurrences in a ring (`capacity` slots), and their word pairs (and each one's first pair, its anchor) as
/// postings in a second ring, chained per hash bucket as in LZ77 compressors: a head table gives each bucket's
/// newest posting, and each posting the distance back to the previous posting of its bucket. A posting or
/// occurrence that its ring has overwritten is past the window and is never read; nothing is freed one by one, and
/// memory stays within a bound set by `capacity` however many articles go through (about 400 bytes an occurrence:
/// `defaultCapacity` holds about 25 000 generated articles' quotes in under 250 MB).
///
/// It follows the store's writes: new occurrences (`add`), quote merges (a redirect from the merged node to the one
/// that kept it), entity merges (the merged speaker's occurrences are rewritten and indexed again under the kept
/// one), and re-indexing after re-extraction (`clear`: a quote's earlier occurrences stop counting). The store drops
/// it when another connection commits or a transaction rolls back, and builds it again from `attribution`.
final class QuoteWindow {
    /// Occurrences kept by default: about 25 000 generated articles' quotes with a speaker (21 an article).
    static let defaultCapacity = 1 << 19
    /// Postings per occurrence that the posting ring is sized for: a variant holds 16 word pairs on average.
    static let postingsPerOccurrence = 20

    /// Occurrences kept.
    let capacity: Int
    private let postingCapacity: Int
    /// SQLite's `data_version` when the window was built, and the connection's rollbacks then.
    var dataVersion: Int64
    var rollbacks: Int

    // The occurrence ring, one array per field: slot = sequence number % capacity.
    private var quotes: [Int64] = []
    private var speakers: [Int64] = []
    private var keys: [String] = []
    /// Occurrences ever added: the next one's sequence number.
    private var occurrenceCount: Int64 = 0

    // The posting ring: slot = sequence number % postingCapacity.
    private var postingHashes: [UInt64] = []
    /// Distance back to the previous posting of the same bucket; 0 for none (or too far back to be kept).
    private var postingNext: [UInt32] = []
    /// The occurrence's sequence number, truncated to 32 bits (the occurrence is always among the last 2^32).
    private var postingOccurrence: [UInt32] = []
    private var postingCount: Int64 = 0
    /// Each bucket's newest posting, as sequence number + 1 truncated to 32 bits; 0 for none.
    private var heads: [UInt32]
    private var bucketMask: UInt64

    /// Quote nodes merged into others: the node that kept their occurrences.
    private var mergedInto: [Int64: Int64] = [:]
    /// Quote nodes indexed again: their occurrences before this sequence number no longer count.
    private var clearedBefore: [Int64: Int64] = [:]

    init(capacity: Int = QuoteWindow.defaultCapacity, dataVersion: Int64 = 0, rollbacks: Int = 0) {
        precondition(capacity > 0)
        self.capacity = capacity
        postingCapacity = capacity * Self.postingsPerOccurrence
        self.dataVersion = dataVersion
        self.rollbacks = rollbacks
        heads = [UInt32](repeating: 0, count: 1 << 12)
        bucketMask = UInt64(heads.count - 1)
    }

    /// Occurrences in the window now.
    var count: Int { Int(min(occurrenceCount, Int64(capacity))) }

    /// Bytes held, roughly: the arrays and the keys' text.
    var byteCount: Int {
        quotes.capacity * 16 + keys.capacity * 16 + keys.reduce(0) { $0 + ($1.utf8.count > 15 ? $1.utf8.count + 32 : 0) }
            + postingHashes.capacity * 16 + heads.count * 4 + (mergedInto.count + clearedBefore.count) * 40
    }

    // MARK: Writing

    /// Adds an occurrence of `quote` by `speaker` with variant `key`, whose word pairs are `shingles`; the oldest
    /// occurrence leaves the window when it is full.
    func add(key: String, shingles: [Int64], speaker: EntityID, quote: QuoteID) {
        guard let first = shingles.first else { return }
        let sequence = occurrenceCount
        let slot = Int(sequence % Int64(capacity))
        if slot == quotes.count {
            quotes.append(quote.rawValue)
            speakers.append(speaker.rawValue)
            keys.append(key)
        } else {
            quotes[slot] = quote.rawValue
            speakers[slot] = speaker.rawValue
            keys[slot] = key
        }
        occurrenceCount += 1
        index(shingles, first: first, speaker: speaker.rawValue, occurrence: sequence)
    }

    /// Sizes the head table for about `occurrences` occurrences before the first is added (a rebuild from the
    /// database), instead of doubling it and linking the postings again as they come.
    func reserve(occurrences: Int) {
        guard postingCount == 0 else { return }
        let size = min(max(occurrences * 17, 1 << 12), postingCapacity).nextPowerOfTwo
        guard size > heads.count else { return }
        heads = [UInt32](repeating: 0, count: size)
        bucketMask = UInt64(size - 1)
    }

    /// Adds postings for an occurrence's distinct word pairs under `speaker`, and its first pair as its anchor.
    private func index(_ shingles: [Int64], first: Int64, speaker: Int64, occurrence: Int64) {
        var seen: [Int64] = []
        seen.reserveCapacity(shingles.count)
        for shingle in shingles where !seen.contains(shingle) {
            seen.append(shingle)
            post(Self.pairHash(speaker, shingle), occurrence: occurrence)
        }
        post(Self.anchorHash(speaker, first), occurrence: occurrence)
    }

    private func post(_ hash: UInt64, occurrence: Int64) {
        if postingCount < Int64(postingCapacity) && Int(postingCount) >= heads.count { growHeads() }
        let sequence = postingCount
        let slot = Int(sequence % Int64(postingCapacity))
        let bucket = Int(Self.bucket(hash) & bucketMask)
        let next = distance(to: heads[bucket], from: sequence)
        if slot == postingHashes.count {
            postingHashes.append(hash)
            postingNext.append(next)
            postingOccurrence.append(UInt32(truncatingIfNeeded: occurrence))
        } else {
            postingHashes[slot] = hash
            postingNext[slot] = next
            postingOccurrence[slot] = UInt32(truncatingIfNeeded: occurrence)
        }
        heads[bucket] = UInt32(truncatingIfNeeded: sequence + 1)
        postingCount += 1
    }

    /// The distance from posting `sequence` back to the posting a head names, or 0 when there is none in the window.
    private func distance(to head: UInt32, from sequence: Int64) -> UInt32 {
        guard head != 0 else { return 0 }
        let back = UInt32(truncatingIfNeeded: sequence + 1) &- head
        return back == 0 || Int(back) > postingCapacity || Int64(back) > sequence ? 0 : back
    }

    /// Doubles the head table while the postings grow towards the ring's size (a bucket per posting), linking the
    /// postings again: a small ingest allocates little, a large one keeps its chains short.
    private func growHeads() {
        let size = min(heads.count * 2, max(postingCapacity, 1 << 12).nextPowerOfTwo)
        guard size > heads.count else { return }
        heads = [UInt32](repeating: 0, count: size)
        bucketMask = UInt64(size - 1)
        // The ring has not wrapped yet (the table grows only before it fills): slots are sequence numbers.
        for sequence in 0..<postingHashes.count {
            let bucket = Int(Self.bucket(postingHashes[sequence]) & bucketMask)
            postingNext[sequence] = distance(to: heads[bucket], from: Int64(sequence))
            heads[bucket] = UInt32(truncatingIfNeeded: sequence + 1)
        }
    }

    /// Records that quote node `absorbed` was merged into `kept`: its occurrences now count for `kept`.
    func mergeQuote(_ absorbed: QuoteID, into kept: QuoteID) {
        guard absorbed != kept else { return }
        mergedInto[absorbed.rawValue] = kept.rawValue
    }

    /// Records that a quote node was just made: when its id is one a merged node had (SQLite reuses the largest id
    /// once its row is deleted), the merged node's occurrences are pointed at the node that kept them first.
    func noteNewQuote(_ quote: QuoteID) {
        guard let kept = mergedInto[quote.rawValue] else { return }
        let target = node(of: kept)
        for slot in quotes.indices where quotes[slot] == quote.rawValue { quotes[slot] = target }
        mergedInto[quote.rawValue] = nil
        clearedBefore[quote.rawValue] = occurrenceCount
    }

    /// Forgets a quote node's occurrences so far, before it is indexed again from those it has left.
    func clear(_ quote: QuoteID) {
        clearedBefore[quote.rawValue] = occurrenceCount
    }

    /// Records an entity merge: occurrences spoken by `absorbed` are `kept`'s now, and are indexed under it.
    ///
    /// - Complexity: O(`capacity`): a walk of the occurrence ring; entity merges are rare next to quotes.
    func mergeSpeaker(_ absorbed: EntityID, into kept: EntityID) {
        guard absorbed != kept else { return }
        let oldest = occurrenceCount - Int64(count)
        for sequence in oldest..<occurrenceCount {
            let slot = Int(sequence % Int64(capacity))
            guard speakers[slot] == absorbed.rawValue else { continue }
            // The old postings name `absorbed`, which no occurrence has now: they are passed over.
            speakers[slot] = kept.rawValue
            let shingles = QuoteResolver.shingles(NameKey.words(keys[slot]))
            if let first = shingles.first { index(shingles, first: first, speaker: kept.rawValue, occurrence: sequence) }
        }
    }

    // MARK: Reading

    /// How many quote nodes of `speaker` hold the word pair (or, with `anchor`, have a variant that starts with it),
    /// counted up to `limit`, newest occurrences first.
    func count(_ shingle: Int64, speaker: EntityID, anchor: Bool, limit: Int) -> Int {
        var found: [Int64] = []
        walk(shingle, speaker: speaker, anchor: anchor, limit: limit) { quote, _ in
            if !found.contains(quote) { found.append(quote) }
            return found.count < limit
        }
        return found.count
    }

    /// The variants, with their nodes, of up to `limit` quote nodes of `speaker` that hold the word pair (or start
    /// with it), taken newest first and given in node order, then key order.
    func variants(_ shingle: Int64, speaker: EntityID, anchor: Bool, limit: Int) -> [(quote: QuoteID, key: String)] {
        var nodes: [Int64] = []
        var found: [(quote: Int64, key: String)] = []
        walk(shingle, speaker: speaker, anchor: anchor, limit: limit) { quote, key in
            if !nodes.contains(quote) {
                guard nodes.count < limit else { return false }
                nodes.append(quote)
            }
            if !found.contains(where: { $0.quote == quote && $0.key == key }) { found.append((quote, key)) }
            return true
        }
        return found.sorted { ($0.quote, $0.key) < ($1.quote, $1.key) }.map { (QuoteID(rawValue: $0.quote), $0.key) }
    }

    /// Calls `body` with the node and variant of each occurrence in the window that posted the pair under `speaker`,
    /// newest first, until it returns false or `limit` * 8 postings were read (repeats of one occurrence's quote by
    /// the same speaker, as relays make, are passed over within that bound).
    private func walk(
        _ shingle: Int64, speaker: EntityID, anchor: Bool, limit: Int, _ body: (Int64, String) -> Bool
    ) {
        guard postingCount > 0 else { return }
        let hash = anchor ? Self.anchorHash(speaker.rawValue, shingle) : Self.pairHash(speaker.rawValue, shingle)
        let oldestPosting = max(0, postingCount - Int64(postingCapacity))
        let oldestOccurrence = occurrenceCount - Int64(count)
        let head = heads[Int(Self.bucket(hash) & bucketMask)]
        guard head != 0 else { return }
        // The head stores the newest posting's sequence number + 1, truncated.
        var sequence = postingCount - Int64(UInt32(truncatingIfNeeded: postingCount) &- (head &- 1))
        var budget = max(limit, 1) * 8
        while sequence >= oldestPosting && sequence < postingCount && budget > 0 {
            let slot = Int(sequence % Int64(postingCapacity))
            if postingHashes[slot] == hash {
                budget -= 1
                let back = UInt32(truncatingIfNeeded: occurrenceCount) &- postingOccurrence[slot]
                let occurrence = occurrenceCount - Int64(back)
                if occurrence >= oldestOccurrence && back > 0 {
                    let occurrenceSlot = Int(occurrence % Int64(capacity))
                    if speakers[occurrenceSlot] == speaker.rawValue,
                        let quote = node(ofOccurrence: occurrence, quote: quotes[occurrenceSlot]),
                        !body(quote, keys[occurrenceSlot])
                    {
                        return
                    }
                }
            }
            let next = postingNext[slot]
            guard next != 0 else { return }
            sequence -= Int64(next)
        }
    }

    /// The node an occurrence counts for now, through merges; nil when it was cleared.
    private func node(ofOccurrence sequence: Int64, quote: Int64) -> Int64? {
        var quote = quote
        while true {
            if let cleared = clearedBefore[quote], sequence < cleared { return nil }
            guard let kept = mergedInto[quote] else { return quote }
            quote = kept
        }
    }

    /// The node that `quote` was last merged into, or itself.
    private func node(of quote: Int64) -> Int64 {
        var quote = quote
        while let kept = mergedInto[quote] { quote = kept }
        return quote
    }

    // MARK: Hashes

    static func pairHash(_ speaker: Int64, _ shingle: Int64) -> UInt64 {
        BloomFilter.mix(UInt64(bitPattern: speaker)) ^ UInt64(bitPattern: shingle)
    }

    static func anchorHash(_ speaker: Int64, _ shingle: Int64) -> UInt64 {
        BloomFilter.mix(UInt64(bitPattern: speaker) ^ 0x5bd1_e995_0000_0000) ^ UInt64(bitPattern: shingle)
    }

    private static func bucket(_ hash: UInt64) -> UInt64 { BloomFilter.mix(hash) }
}

extension Int {
    /// The smallest power of two at least this large.
    fileprivate var nextPowerOfTwo: Int {
        var power = 1
        while power < self { power <<= 1 }
        return power
    }
}
