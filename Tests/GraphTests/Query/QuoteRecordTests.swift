import Testing
@testable import Graph

struct QuoteRecordTests {
    func occurrence(_ speaker: EntityRef?, in document: Int) -> QuoteRecord.Occurrence {
        QuoteRecord.Occurrence(
            document: "d\(document)", documentID: DocumentID(rawValue: Int64(document)), span: TextSpan(start: 0, end: 5),
            text: "words", speaker: speaker, via: nil, cue: "said", kind: .direct, confidence: 0.9, extractor: "test")
    }

    @Test func speakersOfOneNameListInNodeOrderWhateverTheOccurrenceOrder() {
        let first = EntityRef(id: EntityID(rawValue: 7), name: "Ansel Rooke", type: .person)
        let second = EntityRef(id: EntityID(rawValue: 31), name: "Ansel Rooke", type: .person)
        let third = EntityRef(id: EntityID(rawValue: 2), name: "Bettina Loor", type: .person)
        let occurrences = [occurrence(second, in: 1), occurrence(first, in: 2), occurrence(third, in: 3), occurrence(third, in: 4)]
        // Every order of the occurrences: a dictionary's order must never show through.
        for shift in occurrences.indices {
            let record = QuoteRecord(
                id: QuoteID(rawValue: 1), text: "words", occurrences: Array(occurrences[shift...] + occurrences[..<shift]))
            #expect(record.speakers.map(\.speaker.id.rawValue) == [2, 7, 31])
            #expect(record.speaker == third)
        }
    }
}
