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
/// A posting's fields (hash, link, occurrence) lie together, as do an occurrence's node and speaker: a walk down a
/// chain is a cache miss per posting, and with one array per field it was two or three. The stored properties
/// are `@exclusivity(unchecked)`: the one writer thread uses the window, no method hands out access to a property
/// while another touches it, and the runtime's checks (a thread-local look-up per access) were a tenth of a
/// look-up's time.
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

    /// An occurrence's node and speaker.
    private struct Occurrence {
        var quote: Int64
        var speaker: Int64
    }

    /// A word pair of an occurrence under its speaker.
    private struct Posting {
        var hash: UInt64
        /// Distance back to the previous posting of the same bucket; 0 for none (or too far back to be kept).
        var next: UInt32
        /// The occurrence's sequence number, truncated to 32 bits (the occurrence is always among the last 2^32).
        var occurrence: UInt32
    }

    // The occurrence ring: slot = sequence number % capacity.
    @exclusivity(unchecked) private var occurrences: [Occurrence] = []
    @exclusivity(unchecked) private var keys: [String] = []
    /// Occurrences ever added: the next one's sequence number.
    @exclusivity(unchecked) private var occurrenceCount: Int64 = 0
    /// `occurrenceCount % capacity`: the next occurrence's slot.
    @exclusivity(unchecked) private var occurrenceSlot = 0

    // The posting ring: slot = sequence number % postingCapacity.
    @exclusivity(unchecked) private var postings: [Posting] = []
    @exclusivity(unchecked) private var postingCount: Int64 = 0
    /// `postingCount % postingCapacity`: the next posting's slot.
    @exclusivity(unchecked) private var postingSlot = 0
    /// Each bucket's newest posting, as sequence number + 1 truncated to 32 bits; 0 for none.
    @exclusivity(unchecked) private var heads: [UInt32]
    @exclusivity(unchecked) private var bucketMask: UInt64

    /// Occurrences in the window per speaker: a speaker with none finds nothing, and is not looked up at all.
    @exclusivity(unchecked) private var held: [Int64: Int32] = [:]

    /// Quote nodes merged into others, and quote nodes indexed again.
    @exclusivity(unchecked) private var notes = NodeNotes()

    /// Changes so far: a count's matches serve a later look-up of the same pair only while it is unchanged.
    @exclusivity(unchecked) private var version = 0
    /// What the last walk read: its pair, speaker and bound, whether it stopped at the bound, and the nodes and
    /// occurrence slots of the occurrences that counted, newest first.
    @exclusivity(unchecked) private var last: (hash: UInt64, speaker: Int64, limit: Int, version: Int, complete: Bool)?
    @exclusivity(unchecked) private var matchQuotes: [Int64] = []
    @exclusivity(unchecked) private var matchSlots: [Int] = []
    /// The distinct nodes of the last walk, in the order they were met.
    @exclusivity(unchecked) private var distinct: [Int64] = []
    /// What `warm` read, summed.
    @exclusivity(unchecked) private var warmth: UInt64 = 0

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
        occurrences.capacity * 16 + keys.capacity * 16 + keys.reduce(0) { $0 + ($1.utf8.count > 15 ? $1.utf8.count + 32 : 0) }
            + postings.capacity * 16 + heads.count * 4 + notes.byteCount + held.capacity * 24
    }

    // MARK: Writing

    /// Adds an occurrence of `quote` by `speaker` with variant `key`, whose word pairs are `shingles`; the oldest
    /// occurrence leaves the window when it is full.
    func add(key: String, shingles: [Int64], speaker: EntityID, quote: QuoteID) {
        guard let first = shingles.first else { return }
        let sequence = occurrenceCount
        let slot = occurrenceSlot
        let occurrence = Occurrence(quote: quote.rawValue, speaker: speaker.rawValue)
        if slot == occurrences.count {
            occurrences.append(occurrence)
            keys.append(key)
        } else {
            // The oldest occurrence leaves.
            release(occurrences[slot].speaker)
            occurrences[slot] = occurrence
            keys[slot] = key
        }
        held[speaker.rawValue, default: 0] += 1
        occurrenceCount += 1
        occurrenceSlot = slot + 1 == capacity ? 0 : slot + 1
        index(shingles, first: first, speaker: speaker.rawValue, occurrence: sequence)
    }

    /// Counts an occurrence of `speaker` out of `held`.
    private func release(_ speaker: Int64) {
        guard let count = held[speaker] else { return }
        held[speaker] = count > 1 ? count - 1 : nil
    }

    /// Whether any occurrence in the window is `speaker`'s: when none is, every look-up for the speaker finds
    /// nothing.
    func holds(_ speaker: EntityID) -> Bool { held[speaker.rawValue] != nil }

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
        version &+= 1
        // Moved out and back: one exclusive access to each array for the whole occurrence.
        var postings: [Posting] = []
        var heads: [UInt32] = []
        swap(&postings, &self.postings)
        swap(&heads, &self.heads)
        defer {
            swap(&postings, &self.postings)
            swap(&heads, &self.heads)
        }
        var count = postingCount
        var slot = postingSlot
        var mask = bucketMask
        let capacity = postingCapacity
        let truncated = UInt32(truncatingIfNeeded: occurrence)

        func post(_ hash: UInt64) {
            if count < Int64(capacity) && Int(count) >= heads.count { Self.grow(&heads, mask: &mask, postings: &postings, capacity: capacity) }
            let bucket = Int(BloomFilter.mix(hash) & mask)
            let posting = Posting(hash: hash, next: Self.distance(to: heads[bucket], from: count, capacity: capacity), occurrence: truncated)
            if slot == postings.count { postings.append(posting) } else { postings[slot] = posting }
            heads[bucket] = UInt32(truncatingIfNeeded: count + 1)
            count += 1
            slot = slot + 1 == capacity ? 0 : slot + 1
        }

        let mixed = BloomFilter.mix(UInt64(bitPattern: speaker))
        // The heads first, in loads that do not wait on one another (see `warm`).
        var sink: UInt32 = 0
        for shingle in shingles { sink &+= heads[Int(BloomFilter.mix(mixed ^ UInt64(bitPattern: shingle)) & mask)] }
        warmth &+= UInt64(sink)
        for (position, shingle) in shingles.enumerated() where !shingles[..<position].contains(shingle) {
            post(mixed ^ UInt64(bitPattern: shingle))
        }
        post(Self.anchorHash(speaker, first))
        postingCount = count
        postingSlot = slot
        bucketMask = mask
    }

    /// The distance from posting `sequence` back to the posting a head names, or 0 when there is none in the window.
    @inline(__always)
    private static func distance(to head: UInt32, from sequence: Int64, capacity: Int) -> UInt32 {
        guard head != 0 else { return 0 }
        let back = UInt32(truncatingIfNeeded: sequence + 1) &- head
        return back == 0 || Int(back) > capacity || Int64(back) > sequence ? 0 : back
    }

    /// Doubles the head table while the postings grow towards the ring's size (a bucket per posting), linking the
    /// postings again: a small ingest allocates little, a large one keeps its chains short.
    private static func grow(_ heads: inout [UInt32], mask: inout UInt64, postings: inout [Posting], capacity: Int) {
        let size = min(heads.count * 2, max(capacity, 1 << 12).nextPowerOfTwo)
        guard size > heads.count else { return }
        heads = [UInt32](repeating: 0, count: size)
        mask = UInt64(size - 1)
        // The ring has not wrapped yet (the table grows only before it fills): slots are sequence numbers.
        heads.withUnsafeMutableBufferPointer { heads in
            postings.withUnsafeMutableBufferPointer { postings in
                for sequence in postings.indices {
                    let bucket = Int(BloomFilter.mix(postings[sequence].hash) & mask)
                    postings[sequence].next = distance(to: heads[bucket], from: Int64(sequence), capacity: capacity)
                    heads[bucket] = UInt32(truncatingIfNeeded: sequence + 1)
                }
            }
        }
    }

    /// Records that quote node `absorbed` was merged into `kept`: its occurrences now count for `kept`.
    func mergeQuote(_ absorbed: QuoteID, into kept: QuoteID) {
        guard absorbed != kept else { return }
        version &+= 1
        notes.setKept(kept.rawValue, for: absorbed.rawValue)
    }

    /// Records that a quote node was just made: when its id is one a merged node had (SQLite reuses the largest id
    /// once its row is deleted), the merged node's occurrences are pointed at the node that kept them first.
    func noteNewQuote(_ quote: QuoteID) {
        guard let kept = notes.kept(quote.rawValue) else { return }
        version &+= 1
        let target = node(of: kept)
        for slot in occurrences.indices where occurrences[slot].quote == quote.rawValue { occurrences[slot].quote = target }
        notes.setKept(nil, for: quote.rawValue)
        notes.setCleared(occurrenceCount, for: quote.rawValue)
    }

    /// Forgets a quote node's occurrences so far, before it is indexed again from those it has left.
    func clear(_ quote: QuoteID) {
        version &+= 1
        notes.setCleared(occurrenceCount, for: quote.rawValue)
    }

    /// Records an entity merge: occurrences spoken by `absorbed` are `kept`'s now, and are indexed under it.
    ///
    /// - Complexity: O(`capacity`): a walk of the occurrence ring; entity merges are rare next to quotes.
    func mergeSpeaker(_ absorbed: EntityID, into kept: EntityID) {
        guard absorbed != kept else { return }
        version &+= 1
        let oldest = occurrenceCount - Int64(count)
        for sequence in oldest..<occurrenceCount {
            let slot = Int(sequence % Int64(capacity))
            guard occurrences[slot].speaker == absorbed.rawValue else { continue }
            // The old postings name `absorbed`, which no occurrence has now: they are passed over.
            occurrences[slot].speaker = kept.rawValue
            release(absorbed.rawValue)
            held[kept.rawValue, default: 0] += 1
            let shingles = QuoteResolver.parts(ofKey: keys[slot]).shingles
            if let first = shingles.first { index(shingles, first: first, speaker: kept.rawValue, occurrence: sequence) }
        }
    }

    // MARK: Reading

    /// Loads the chains' heads of `shingles` under `speaker` (as word pairs and as anchors), then each chain's newest
    /// posting, before the look-ups that will read them.
    ///
    /// A walk is a few dependent loads from tables far larger than the cache, so each costs a miss or two, one after
    /// the other; these loads do not depend on one another, and the processor overlaps them. Results are not
    /// changed by it.
    func warm(_ shingles: [Int64], speaker: EntityID) {
        guard postingCount > 0, !shingles.isEmpty else { return }
        let heads = self.heads
        let postings = self.postings
        let mask = bucketMask
        let pair = BloomFilter.mix(UInt64(bitPattern: speaker.rawValue))
        let anchor = BloomFilter.mix(UInt64(bitPattern: speaker.rawValue) ^ 0x5bd1_e995_0000_0000)
        let reach = min(postingCount, Int64(postingCapacity))
        let truncated = UInt32(truncatingIfNeeded: postingCount)
        var sink: UInt64 = 0
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: shingles.count * 2) { found in
            for (index, shingle) in shingles.enumerated() {
                found[2 * index] = heads[Int(BloomFilter.mix(pair ^ UInt64(bitPattern: shingle)) & mask)]
                found[2 * index + 1] = heads[Int(BloomFilter.mix(anchor ^ UInt64(bitPattern: shingle)) & mask)]
            }
            for head in found where head != 0 {
                let back = Int64(truncated &- (head &- 1))
                guard back >= 1 && back <= reach else { continue }
                var slot = postingSlot - Int(back)
                if slot < 0 { slot += postingCapacity }
                sink &+= postings[slot].hash
            }
        }
        // Kept, so that the loads are not optimised away.
        warmth = sink
    }

    /// How many quote nodes of `speaker` hold the word pair (or, with `anchor`, have a variant that starts with it),
    /// counted up to `limit`, newest occurrences first.
    func count(_ shingle: Int64, speaker: EntityID, anchor: Bool, limit: Int) -> Int {
        walk(hash(shingle, speaker: speaker.rawValue, anchor: anchor), speaker: speaker.rawValue, limit: limit, counting: true)
        return distinct.count
    }

    /// The variants, with their nodes, of up to `limit` quote nodes of `speaker` that hold the word pair (or start
    /// with it), taken newest first and given in node order, then key order.
    ///
    /// Right after a `count` of the same pair that stayed below `limit`, the occurrences that count read are the
    /// ones this would read: they are taken from it instead of walking the chain again.
    func variants(_ shingle: Int64, speaker: EntityID, anchor: Bool, limit: Int) -> [(quote: QuoteID, key: String)] {
        let hash = hash(shingle, speaker: speaker.rawValue, anchor: anchor)
        if let last, last.hash == hash, last.speaker == speaker.rawValue, last.limit == limit, last.version == version,
            last.complete
        {
            // Read already, and never stopped at the bound.
        } else {
            walk(hash, speaker: speaker.rawValue, limit: limit, counting: false)
        }
        var found: [(quote: Int64, key: String)] = []
        for (quote, slot) in zip(matchQuotes, matchSlots) {
            let key = keys[slot]
            if !found.contains(where: { $0.quote == quote && $0.key == key }) { found.append((quote, key)) }
        }
        return found.sorted { ($0.quote, $0.key) < ($1.quote, $1.key) }.map { (QuoteID(rawValue: $0.quote), $0.key) }
    }

    private func hash(_ shingle: Int64, speaker: Int64, anchor: Bool) -> UInt64 {
        anchor ? Self.anchorHash(speaker, shingle) : Self.pairHash(speaker, shingle)
    }

    /// Reads the occurrences in the window that posted `hash` under `speaker`, newest first, into `matchQuotes` and
    /// `matchSlots` (their nodes and slots) and `distinct` (the nodes, as first met). It stops at the end of the
    /// chain, after `limit` * 8 postings of the hash (repeats of one occurrence's quote by the same speaker, as relays
    /// make, are passed over within that bound), and: `counting`, once `limit` nodes are found; else before a node
    /// past the `limit`-th.
    private func walk(_ hash: UInt64, speaker: Int64, limit: Int, counting: Bool) {
        matchQuotes.removeAll(keepingCapacity: true)
        matchSlots.removeAll(keepingCapacity: true)
        distinct.removeAll(keepingCapacity: true)
        var complete = true
        defer { last = (hash, speaker, limit, version, complete) }
        guard postingCount > 0 else { return }
        let head = heads[Int(BloomFilter.mix(hash) & bucketMask)]
        guard head != 0 else { return }
        // Local copies: no exclusivity check per posting read.
        let postings = self.postings
        let occurrences = self.occurrences
        let notes = self.notes
        var matchQuotes: [Int64] = []
        var matchSlots: [Int] = []
        var distinct: [Int64] = []
        swap(&matchQuotes, &self.matchQuotes)
        swap(&matchSlots, &self.matchSlots)
        swap(&distinct, &self.distinct)
        defer {
            swap(&matchQuotes, &self.matchQuotes)
            swap(&matchSlots, &self.matchSlots)
            swap(&distinct, &self.distinct)
        }

        let postingCapacity = self.postingCapacity
        let capacity = self.capacity
        let postingCount = self.postingCount
        let occurrenceCount = self.occurrenceCount
        let inWindow = UInt32(truncatingIfNeeded: min(occurrenceCount, Int64(capacity)))
        let truncatedCount = UInt32(truncatingIfNeeded: occurrenceCount)
        // The head stores the newest posting's sequence number + 1, truncated: `back` postings behind the next one.
        var back = Int64(UInt32(truncatingIfNeeded: postingCount) &- (head &- 1))
        // Postings `back` behind the next are in the ring while `back` is at most its size and the count.
        let reach = min(postingCount, Int64(postingCapacity))
        var budget = max(limit, 1) * 8
        while back >= 1 && back <= reach && budget > 0 {
            var slot = postingSlot - Int(back)
            if slot < 0 { slot += postingCapacity }
            let posting = postings[slot]
            if posting.hash == hash {
                budget -= 1
                let age = truncatedCount &- posting.occurrence
                if age > 0 && age <= inWindow {
                    var occurrenceSlot = self.occurrenceSlot - Int(age)
                    if occurrenceSlot < 0 { occurrenceSlot += capacity }
                    let occurrence = occurrences[occurrenceSlot]
                    if occurrence.speaker == speaker,
                        let quote = notes.isEmpty
                            ? occurrence.quote : Self.node(ofOccurrence: occurrenceCount - Int64(age), quote: occurrence.quote, notes: notes)
                    {
                        let new = !distinct.contains(quote)
                        if new && !counting && distinct.count >= limit {
                            complete = false
                            return
                        }
                        if new { distinct.append(quote) }
                        matchQuotes.append(quote)
                        matchSlots.append(occurrenceSlot)
                        if counting && distinct.count >= limit {
                            complete = false
                            return
                        }
                    }
                }
            }
            guard posting.next != 0 else { return }
            back += Int64(posting.next)
        }
    }

    /// The node an occurrence counts for now, through merges; nil when it was cleared.
    private static func node(ofOccurrence sequence: Int64, quote: Int64, notes: NodeNotes) -> Int64? {
        var quote = quote
        while let note = notes[quote] {
            if sequence < note.cleared { return nil }
            guard note.kept != NodeNotes.none else { return quote }
            quote = note.kept
        }
        return quote
    }

    /// The node that `quote` was last merged into, or itself.
    private func node(of quote: Int64) -> Int64 {
        var quote = quote
        while let kept = notes.kept(quote) { quote = kept }
        return quote
    }

    // MARK: Hashes

    static func pairHash(_ speaker: Int64, _ shingle: Int64) -> UInt64 {
        BloomFilter.mix(UInt64(bitPattern: speaker)) ^ UInt64(bitPattern: shingle)
    }

    static func anchorHash(_ speaker: Int64, _ shingle: Int64) -> UInt64 {
        BloomFilter.mix(UInt64(bitPattern: speaker) ^ 0x5bd1_e995_0000_0000) ^ UInt64(bitPattern: shingle)
    }
}

/// The window's notes on quote nodes: the node each merged node went into, and the occurrence before which a node's
/// occurrences no longer count (it was indexed again).
///
/// An open-addressed table keyed by node id: a walk asks it about every occurrence it reads once any node was
/// merged, and a `Dictionary` lookup (SipHash) per occurrence was a good part of a walk's time.
private struct NodeNotes {
    /// What `kept` holds for a node not merged into another.
    static let none = Int64.min

    struct Note {
        var quote: Int64
        var kept: Int64
        /// Occurrences before this sequence number do not count; 0 when none was cleared.
        var cleared: Int64
    }

    private var slots: [Note] = []
    private var used = 0

    var isEmpty: Bool { used == 0 }

    var byteCount: Int { slots.capacity * 24 }

    subscript(quote: Int64) -> Note? {
        guard used > 0 else { return nil }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: BloomFilter.mix(UInt64(bitPattern: quote))) & mask
        while true {
            let note = slots[slot]
            if note.quote == quote { return note }
            if note.quote == Self.none { return nil }
            slot = (slot + 1) & mask
        }
    }

    func kept(_ quote: Int64) -> Int64? {
        guard let note = self[quote], note.kept != Self.none else { return nil }
        return note.kept
    }

    mutating func setKept(_ kept: Int64?, for quote: Int64) {
        update(quote) { $0.kept = kept ?? Self.none }
    }

    mutating func setCleared(_ sequence: Int64, for quote: Int64) {
        update(quote) { $0.cleared = sequence }
    }

    /// Changes the note of `quote`, made first when it has none. Notes are never removed: a node merged away stays
    /// merged, and its id's reuse is written over it.
    private mutating func update(_ quote: Int64, _ change: (inout Note) -> Void) {
        if (used + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: BloomFilter.mix(UInt64(bitPattern: quote))) & mask
        while slots[slot].quote != quote && slots[slot].quote != Self.none { slot = (slot + 1) & mask }
        if slots[slot].quote == Self.none {
            slots[slot] = Note(quote: quote, kept: Self.none, cleared: 0)
            used += 1
        }
        change(&slots[slot])
    }

    private mutating func grow() {
        let old = slots
        slots = [Note](repeating: Note(quote: Self.none, kept: Self.none, cleared: 0), count: max(16, old.count * 2))
        let mask = slots.count - 1
        for note in old where note.quote != Self.none {
            var slot = Int(truncatingIfNeeded: BloomFilter.mix(UInt64(bitPattern: note.quote))) & mask
            while slots[slot].quote != Self.none { slot = (slot + 1) & mask }
            slots[slot] = note
        }
    }
}

extension Int {
    /// The smallest power of two at least this large.
    fileprivate var nextPowerOfTwo: Int {
        var power = 1
        while power < self { power <<= 1 }
        return power
    }
}
