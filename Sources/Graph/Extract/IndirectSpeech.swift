/// Finds reported speech without quotation marks: "He stated that the industry is crucial ..." becomes a quote of
/// kind `indirect` whose text is the reported clause.
///
/// Only a reporting verb with a resolvable speaker (a person, or a body that is not a news outlet) followed by
/// "that" counts, allowing an object in between ("told reporters that"), and only in sentences that hold no
/// quotation, whose words the quotation already reports.
///
/// - Complexity: O(n) in the number of tokens.
public struct IndirectSpeech: Component {
    public let name = "indirect"
    public let version = "2"
    public let requires: Set<Annotation> = [.tokens, .sentences, .quotations, .entities, .attributions]
    public let assigns: Set<Annotation> = []

    public init() {}

    public func process(_ doc: inout Doc) {
        let analysis = doc.reusable.analysis.flatMap { $0.analysis(of: doc) } ?? Attributor.Analysis(doc)
        var found: [DocQuote] = []
        for (s, sentence) in doc.sentences.enumerated() {
            guard !sentence.tokens.contains(where: { doc.tokens[$0].flags.contains(.quoted) }) else { continue }
            guard !analysis.headline[doc.paragraphIndex(ofToken: sentence.tokens.lowerBound)] else { continue }
            let cues = analysis.cues[s]
            for cue in cues where cue.kind == .speech {
                guard let speaker = cue.agent, Lexicon.reportingVerbs.contains(analysis.keys[cue.verb]) else { continue }
                // People and bodies speak; a country "said that" is usually the reporter's summary, and an outlet
                // that "reported that" relays rather than speaks.
                let type = doc.entities[speaker].type
                guard type == .person || type == .organization && !analysis.isMedium[speaker] else { continue }
                // "that", right after the verb or after a short object ("told reporters that").
                var k = cue.verb + 1
                while k < sentence.tokens.upperBound, k <= cue.verb + 4, analysis.keys[k] != "that",
                    doc.tokens[k].kind == .word
                {
                    k += 1
                }
                guard k < sentence.tokens.upperBound, analysis.keys[k] == "that" else { continue }
                let start = k + 1
                var end = sentence.tokens.upperBound - 1
                while end > start, doc.tokens[end].kind == .punct { end -= 1 }
                guard end - start >= 3 else { continue }
                let via = cues.first { $0.kind == .according && $0.agent != nil && $0.agent != speaker }?.agent
                found.append(
                    DocQuote(
                        span: ByteSpan(doc.tokens[start].span.start, doc.tokens[end].span.end), kind: .indirect,
                        speaker: speaker, via: via, cue: cue.text + " that", confidence: (cue.confidence * 80).rounded() / 100,
                        extractor: name, extractorVersion: version))
                break
            }
        }
        guard !found.isEmpty else { return }
        doc.quotes = (doc.quotes + found).sorted { $0.span < $1.span }
    }
}
