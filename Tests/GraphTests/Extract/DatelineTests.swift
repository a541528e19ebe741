import Testing

@testable import Graph

/// Datelines: the place a story was filed from, before the dash that opens its first sentence.
@Suite struct DatelineTests {
    static func dateline(_ text: String) -> (place: String, first: String)? {
        var doc = Doc(text)
        Tokenizer().process(&doc)
        guard let d = doc.dateline(paragraph: 0) else { return nil }
        let place = doc.string(ByteSpan(doc.tokens[d.place.lowerBound].span.start, doc.tokens[d.place.upperBound - 1].span.end))
        return (place, doc.string(token: d.sentenceStart))
    }

    @Test(arguments: [
        ("VELMORA — Ferry crews walked out.", "VELMORA", "Ferry"),
        ("PORT DUNMERE – Crews walked out.", "PORT DUNMERE", "Crews"),
        ("KARSUND, Norway (AP) — Talks resumed.", "KARSUND", "Talks"),
        ("TARVIK, Calif. - Inspectors left.", "TARVIK", "Inspectors"),
        ("OSTRUM (Reuters) -- The vote was close.", "OSTRUM", "The"),
        ("VELMORA — “We stay,” she said.", "VELMORA", "“"),
    ])
    func findsThePlaceAndTheFirstWord(_ c: (String, String, String)) throws {
        let found = try #require(Self.dateline(c.0))
        #expect(found.place == c.1)
        #expect(found.first == c.2)
    }

    @Test(arguments: [
        "BREAKING — Officials confirmed the result.",
        "UPDATE - The count resumed.",
        "Velmora — the town — voted.",
        "VELMORA — and then nothing.",
        "The NWB said it would wait.",
        "VELMORA said nothing.",
    ])
    func findsNoDatelineIn(_ text: String) {
        #expect(Self.dateline(text) == nil)
    }
}
