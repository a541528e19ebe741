/// A closed list of words that rules look token keys up in, many times per document.
///
/// It answers exactly as `Set<String>.contains` does; look-ups go through a `KeySet`, whose fast path for ASCII
/// keys of up to 16 bytes spares SipHash.
struct WordSet: Sendable, ExpressibleByArrayLiteral, Sequence {
    /// Every word, for everything but look-ups.
    let words: Set<String>
    private let keys: KeySet

    init<S: Sequence<String>>(_ words: S) {
        self.words = Set(words)
        keys = KeySet(self.words)
    }

    init(arrayLiteral words: String...) { self.init(words) }

    func contains(_ key: String) -> Bool { keys.contains(key) }

    /// `contains(key)` for a token's key, whose packed form the tokenizer made (`Doc.packedKeys`).
    func contains(_ key: String, packed: PackedWord) -> Bool { keys.contains(key, packed: packed) }

    func subtracting(_ other: some Sequence<String>) -> WordSet { WordSet(words.subtracting(other)) }

    func makeIterator() -> Set<String>.Iterator { words.makeIterator() }
}
