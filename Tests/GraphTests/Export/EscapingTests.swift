import Testing
@testable import Graph

@Suite struct EscapingTests {
    @Test(arguments: [
        ("plain", "\"plain\""),
        ("say \"no\"", "\"say \\\"no\\\"\""),
        ("back\\slash\\", "\"back\\\\slash\\\\\""),
        ("two\nlines\r\n", "\"two\\nlines\\n\""),
        ("tab\there\u{7}", "\"tab here \""),
        ("AT&T <x>", "\"AT&amp;T <x>\""),
        ("{a} -- b; c", "\"{a} -- b; c\""),
    ])
    func dotLabelsAreQuotedAndEscaped(text: String, expected: String) {
        #expect(DOTWriter.quoted(text, markup: true) == expected)
    }

    /// Graphviz 2.43 turns character references above U+FFFF into invalid UTF-8, so emoji are written as UTF-8.
    @Test func emojiInDOTLabelsIsNotTurnedIntoACharacterReference() {
        #expect(DOTWriter.quoted("😀 مرحبا", markup: true) == "\"😀 مرحبا\"")
    }

    @Test(arguments: [
        ("a & b", "a &amp; b"),
        ("<x y='1'>\"</x>", "&lt;x y=&apos;1&apos;&gt;&quot;&lt;/x&gt;"),
        ("]]>", "]]&gt;"),
        ("bell\u{7}tab\tline\ncr\r", "bell tab\tline\ncr&#13;"),
        ("😀 مرحبا", "😀 مرحبا"),
    ])
    func graphMLTextIsEscapedForXML(text: String, expected: String) {
        #expect(GraphMLWriter.escape(text) == expected)
    }

    @Test func quoteLabelsAreShortAndOnOneLine() {
        #expect(ExportText.short("one\n two   three") == "one two three")
        let long = String(repeating: "word ", count: 40)
        let short = ExportText.short(long, limit: 60)
        #expect(short.count <= 60)
        #expect(short.hasSuffix("…"))
    }
}
