/// One token of a `Doc`: a word, a number, a punctuation mark, a quotation mark or a possessive ending.
///
/// Tokens keep only their byte span and a few flags; their text is read from the doc when a rule needs it, so that
/// tokenising a large text allocates one small value per token and no strings.
public struct Token: Sendable, Hashable {
    public enum Kind: UInt8, Sendable, Hashable {
        case word, number, punct, quote
        /// `'s`, `’s`, or the bare apostrophe of a plural possessive (`Farmers’`).
        case possessive
    }

    public struct Flags: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// Starts with an upper-case letter.
        public static let capitalized = Flags(rawValue: 1 << 0)
        /// Two or more letters, all upper case ("NATO", "U.S.").
        public static let allCaps = Flags(rawValue: 1 << 1)
        /// Ends with a period that belongs to the word ("Col.", "U.S.", "Aug.").
        public static let abbreviation = Flags(rawValue: 1 << 2)
        /// First word of its sentence (set by the sentence splitter).
        public static let sentenceStart = Flags(rawValue: 1 << 3)
        /// Inside a quotation, marks included (set by the quotation finder).
        public static let quoted = Flags(rawValue: 1 << 4)
        /// A single mark right after a word ending in s, which may be a plural possessive rather than a quote.
        public static let maybeApostrophe = Flags(rawValue: 1 << 5)
        /// Has upper case after the first letter ("IBTimes", "McCain").
        public static let innerCaps = Flags(rawValue: 1 << 6)
    }

    public var span: ByteSpan
    public var kind: Kind
    public var flags: Flags
    /// For quotation marks: which glyph family and which way it leans.
    public var mark: QuoteMark?

    public init(span: ByteSpan, kind: Kind, flags: Flags = [], mark: QuoteMark? = nil) {
        self.span = span
        self.kind = kind
        self.flags = flags
        self.mark = mark
    }

    public var isWord: Bool { kind == .word }
    public var isCapitalized: Bool { flags.contains(.capitalized) }
}

/// A quotation mark as written: double or single, and the way its glyph leans.
public struct QuoteMark: Sendable, Hashable {
    public enum Lean: UInt8, Sendable, Hashable { case open, close, neither }
    public var isDouble: Bool
    public var lean: Lean
}
