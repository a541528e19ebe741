/// Gives each event the span of days the article states for it in a sentence that names it: "the yearly Harbour
/// Freedom Shield manoeuvres, planned for October 12 through October 26" gives October 12 to 26.
///
/// Resolution uses the span to tell a renamed event from a different one of a similar name (`EntityResolver`'s
/// same-dates tier). Conservative: a sentence that states two different spans gives none, and an event whose
/// sentences give different spans gets none.
///
/// - Complexity: O(e log n + s) for e event mentions over n tokens and s the length of the sentences that name an
///   event; every other sentence is never read, so the token hot path is untouched.
public struct EventDates: Component {
    public let name = "event-dates"
    public let version = "1"
    public let requires: Set<Annotation> = [.tokens, .sentences, .entities]
    public let assigns: Set<Annotation> = [.eventDates]

    public init() {}

    public func process(_ doc: inout Doc) {
        var spanOfSentence: [Int: DateSpan?] = [:]
        for e in doc.entities.indices where doc.entities[e].type == .event {
            var found: Set<DateSpan> = []
            for mention in doc.entities[e].mentions {
                let t = doc.tokenIndex(atOrAfter: mention.start)
                guard t < doc.tokens.count, t < doc.sentenceOfToken.count else { continue }
                let s = Int(doc.sentenceOfToken[t])
                guard doc.sentences.indices.contains(s) else { continue }
                if spanOfSentence[s] == nil {
                    spanOfSentence[s] = .some(DateSpan.onlySpan(in: doc.string(doc.sentences[s].span)))
                }
                if let span = spanOfSentence[s] ?? nil { found.insert(span) }
            }
            doc.entities[e].dateSpans = found.count == 1 ? Array(found) : []
        }
    }
}
