/// A half-open range of UTF-8 byte offsets into a `Doc`'s text: the unit the hot text paths work in.
///
/// Byte spans never leave the pipeline; `Doc.extraction()` turns them into `TextSpan`s (Unicode scalar offsets).
public struct ByteSpan: Sendable, Hashable, Comparable {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        precondition(start <= end, "a span ends before it starts")
        self.start = start
        self.end = end
    }

    public var isEmpty: Bool { start == end }
    public var count: Int { end - start }
    public var range: Range<Int> { start..<end }

    public func contains(_ offset: Int) -> Bool { start <= offset && offset < end }
    public func contains(_ other: ByteSpan) -> Bool { start <= other.start && other.end <= end }
    public func overlaps(_ other: ByteSpan) -> Bool { start < other.end && other.start < end }

    public static func < (a: Self, b: Self) -> Bool { (a.start, a.end) < (b.start, b.end) }
}
