/// One span of text between matching quotation marks, possibly running over several paragraphs.
public struct Quotation: Sendable, Hashable {
    /// From the opening mark to the closing mark, both included.
    public var outer: ByteSpan
    /// The quoted words: inside the marks, trimmed of surrounding spaces.
    public var inner: ByteSpan
    /// Index of the opening and closing mark tokens.
    public var openToken: Int
    public var closeToken: Int
    /// Whether the marks are single quotes (a top-level quotation in single marks, as British papers write).
    public var isSingle: Bool

    public init(outer: ByteSpan, inner: ByteSpan, openToken: Int, closeToken: Int, isSingle: Bool = false) {
        self.outer = outer
        self.inner = inner
        self.openToken = openToken
        self.closeToken = closeToken
        self.isSingle = isSingle
    }
}

/// A sentence or paragraph as a range of token indexes plus its byte span.
public struct Segment: Sendable, Hashable {
    public var span: ByteSpan
    public var tokens: Range<Int>

    public init(span: ByteSpan, tokens: Range<Int>) {
        self.span = span
        self.tokens = tokens
    }
}
