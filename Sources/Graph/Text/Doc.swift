/// One text and the annotations the pipeline's components put on it (the spaCy `Doc`: one text, index views on it).
///
/// Components read and write the annotation arrays; every span is in UTF-8 bytes of `bytes`. The doc records which
/// annotations are present so that the pipeline can check, once, that each component's needs are met.
public struct Doc: Sendable {
    public let text: String
    /// The text's UTF-8 bytes: what every hot path scans.
    public let bytes: [UInt8]
    /// The annotations set so far.
    public internal(set) var present: Set<Annotation> = []

    /// Layout annotations, in text order: paragraphs (lines), tokens, sentences and quotation spans.
    public var paragraphs: [Segment] = []
    public var tokens: [Token] = []
    public var sentences: [Segment] = []
    public var quotations: [Quotation] = []
    /// For each token, the index of the sentence holding it (filled with `sentences`).
    public var sentenceOfToken: [Int32] = []

    /// What the extraction components found, in byte offsets; `extraction()` converts it for storage.
    public var entities: [DocEntity] = []
    public var quotes: [DocQuote] = []
    public var relations: [DocRelation] = []

    /// Work a component did that a later one reads again: never a finding, and dropped with the doc.
    var reusable = Reusable()
    /// `wordKeys` as the tokenizer made them with the tokens; empty until then.
    var storedKeys: [String] = []
    /// `packedKeys` as the tokenizer made them with the tokens; empty until then.
    var storedPacked: [PackedWord] = []

    public init(_ text: String) {
        self.text = text
        self.bytes = Array(text.utf8)
    }

    /// The text of a byte span. Spans that split a UTF-8 sequence are repaired rather than trapped on.
    public func string(_ span: ByteSpan) -> String {
        String(decoding: bytes[span.range], as: UTF8.self)
    }

    /// The text of token `i`.
    public func string(token i: Int) -> String { string(tokens[i].span) }

    /// The lower-cased text of token `i`, with curly apostrophes made straight: the form lexicons are keyed by.
    ///
    /// - Complexity: O(1) for a word or possessive ending once the tokenizer has run (it keeps their keys), else
    ///   linear in the token's length.
    public func key(token i: Int) -> String {
        if storedKeys.count == tokens.count, !storedKeys[i].isEmpty { return storedKeys[i] }
        return Self.key(of: tokens[i].span, in: bytes)
    }

    /// `key(token:)` of every word and possessive ending, and "" for every other token: what the rules look words up
    /// by, many times each.
    ///
    /// - Complexity: O(1) once the tokenizer has run; else linear in the text's length.
    public var wordKeys: [String] {
        storedKeys.count == tokens.count ? storedKeys : Self.wordKeys(tokens, in: bytes)
    }

    /// `PackedWord` of each of `wordKeys`, `PackedWord.none` where it has none: the rules look each token's key up
    /// in several word lists, and packing it once spares packing it at every look-up.
    ///
    /// - Complexity: O(1) once the tokenizer has run; else linear in the text's length.
    var packedKeys: [PackedWord] {
        storedPacked.count == tokens.count ? storedPacked : Self.packed(wordKeys)
    }

    /// `PackedWord` of each key, `PackedWord.none` where it has none.
    static func packed(_ keys: [String]) -> [PackedWord] {
        keys.map { PackedWord($0) ?? .none }
    }

    /// `wordKeys(tokens, in: bytes)` and `packed` of them, made together: a key's bytes are packed as it is written.
    static func wordKeysAndPacked(_ tokens: [Token], in bytes: [UInt8]) -> (keys: [String], packed: [PackedWord]) {
        var keys: [String] = []
        var packed: [PackedWord] = []
        keys.reserveCapacity(tokens.count)
        packed.reserveCapacity(tokens.count)
        for token in tokens {
            guard token.kind == .word || token.kind == .possessive else {
                keys.append("")
                packed.append(.none)
                continue
            }
            var word = PackedWord.none
            keys.append(key(of: token.span, in: bytes) { word = PackedWord(bytes: $0) ?? .none })
            packed.append(word)
        }
        return (keys, packed)
    }

    /// The keys of the words and possessive endings of `tokens`, "" for the others.
    static func wordKeys(_ tokens: [Token], in bytes: [UInt8]) -> [String] {
        tokens.map { $0.kind == .word || $0.kind == .possessive ? key(of: $0.span, in: bytes) : "" }
    }

    /// The key of one span: ASCII letters lower-cased, curly apostrophes (U+2018, U+2019) made straight.
    static func key(of span: ByteSpan, in bytes: [UInt8]) -> String {
        key(of: span, in: bytes) { _ in }
    }

    /// `key(of:in:)`, showing `written` the key's bytes before the string validates them (an ASCII key's bytes are
    /// the string's).
    static func key(of span: ByteSpan, in bytes: [UInt8], written: (UnsafeBufferPointer<UInt8>) -> Void) -> String {
        // Writing the bytes straight into the string's storage makes a key of up to 15 bytes, most words, without
        // allocating; the string validates them as `String(decoding:as:)` does, so a broken sequence is repaired
        // the same way.
        String(unsafeUninitializedCapacity: span.count) { out in
            var n = 0
            var j = span.start
            while j < span.end {
                let b = bytes[j]
                if b == 0xE2, j + 2 < span.end, bytes[j + 1] == 0x80, bytes[j + 2] == 0x99 || bytes[j + 2] == 0x98 {
                    out[n] = 0x27
                    n += 1
                    j += 3
                    continue
                }
                out[n] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                n += 1
                j += 1
            }
            written(UnsafeBufferPointer(rebasing: out[..<n]))
            return n
        }
    }

    /// Converts the doc's findings to scalar offsets, the unit stored in the database.
    ///
    /// - Complexity: O(n) in the text length plus O(k log k) in the number of spans.
    public func extraction() -> Extraction {
        let offsets = ScalarOffsets(bytes)
        func span(_ s: ByteSpan) -> TextSpan {
            TextSpan(start: offsets.scalarOffset(ofByte: s.start), end: offsets.scalarOffset(ofByte: s.end))
        }
        // A description may run over a line break: stored on one line.
        func description(_ s: ByteSpan) -> String {
            string(s).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        return Extraction(
            entities: entities.map { entity in
                Extraction.Entity(
                    name: entity.name, type: entity.type, aliases: entity.aliases,
                    mentions: entity.mentions.map { Extraction.Mention(span: span($0), surface: string($0)) },
                    dateSpans: entity.dateSpans)
            },
            quotes: quotes.map { quote in
                Extraction.Quote(
                    span: span(quote.span), text: quote.text ?? string(quote.span), kind: quote.kind,
                    speaker: quote.speaker, speakerDescription: quote.speakerDescription.map(description),
                    via: quote.via, cue: quote.cue, confidence: quote.confidence,
                    extractor: quote.extractor, extractorVersion: quote.extractorVersion)
            },
            relations: relations.map { relation in
                Extraction.Relation(
                    subject: relation.subject, predicate: relation.predicate, object: relation.object,
                    span: span(relation.evidence), evidence: string(relation.evidence))
            })
    }
}

/// The kinds of annotation a component can require or assign.
public enum Annotation: String, Sendable, Hashable, CaseIterable {
    case paragraphs, sentences, tokens, quotations, entities, attributions, relations
    /// The span of days given for an event in the sentence that names it (`DocEntity.dateSpans`).
    case eventDates
}

/// An entity found in a doc, with all its mentions, in byte offsets.
public struct DocEntity: Sendable, Hashable {
    public var name: String
    public var type: EntityType
    public var aliases: [String]
    public var mentions: [ByteSpan]
    /// For an event: the span of days a sentence naming it gives ("... the exercise, from October 12 to 26").
    public var dateSpans: [DateSpan]

    public init(
        name: String, type: EntityType, aliases: [String] = [], mentions: [ByteSpan] = [], dateSpans: [DateSpan] = []
    ) {
        self.name = name
        self.type = type
        self.aliases = aliases
        self.mentions = mentions
        self.dateSpans = dateSpans
    }
}

/// A quote found in a doc, in byte offsets; `speaker` and `via` index `Doc.entities`.
public struct DocQuote: Sendable, Hashable {
    public var span: ByteSpan
    /// The quote's text when it is not simply the span's bytes (an indirect clause tidied up); nil otherwise.
    public var text: String?
    public var kind: QuoteKind
    public var speaker: Int?
    /// The words that name the speaker when they name no entity ("the letter", "a narrator in the ad"); nil when
    /// `speaker` is set or no speaker was found.
    public var speakerDescription: ByteSpan?
    public var via: Int?
    public var cue: String?
    public var confidence: Double
    public var extractor: String
    public var extractorVersion: String

    public init(
        span: ByteSpan, text: String? = nil, kind: QuoteKind, speaker: Int? = nil, speakerDescription: ByteSpan? = nil,
        via: Int? = nil, cue: String? = nil, confidence: Double = 0, extractor: String, extractorVersion: String
    ) {
        self.span = span
        self.text = text
        self.kind = kind
        self.speaker = speaker
        self.speakerDescription = speakerDescription
        self.via = via
        self.cue = cue
        self.confidence = confidence
        self.extractor = extractor
        self.extractorVersion = extractorVersion
    }
}

/// A relation found in a doc; `subject` and `object` index `Doc.entities`.
public struct DocRelation: Sendable, Hashable {
    public var subject: Int
    public var predicate: String
    public var object: Int
    public var evidence: ByteSpan

    public init(subject: Int, predicate: String, object: Int, evidence: ByteSpan) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.evidence = evidence
    }
}
