/// Says who said each quotation, through which medium, with what cue and how surely; and what kind of quote it is.
///
/// The cues of a sentence are found once: speech verbs with the speaker before them (`Ruiz said`, `she had told`) or
/// after them (`, said Ruiz`), `according to X`, and `X quoted Y as saying`. A quotation takes the cue right after
/// its closing mark, else the nearest cue before it, else the nearest after it, else the subject of its sentence;
/// a quotation with no cue at all takes the speaker of the sentence before it or of the quotation before it.
/// Speakers given as pronouns, surnames or descriptions ("He", "the Kenyan leader", "the report") are resolved
/// to the entity they stand for. A news outlet (named like one, or seen reporting or quoting) is the medium when
/// someone else is the speaker: "Ruiz said, according to VNA" is Ruiz via VNA, and "VNA said" alone is VNA.
///
/// - Complexity: O(n) in the number of tokens; each quotation looks at a bounded window around it.
public struct Attributor: Component {
    public let name = "attribution"
    public let version = "2"
    public let requires: Set<Annotation> = [.paragraphs, .tokens, .sentences, .quotations, .entities]
    public let assigns: Set<Annotation> = [.attributions]

    public init() {}

    public func process(_ doc: inout Doc) {
        let analysis = Analysis(doc)
        // Indirect speech reads the same cues and references: kept so that it need not find them again.
        doc.reusable.analysis = Doc.Reusable.Analysis(analysis)
        var quotes: [DocQuote] = []
        var previous: (found: Attribution, paragraph: Int)? = nil
        var skipUntil = -1
        for (index, q) in doc.quotations.enumerated() where index > skipUntil {
            guard !analysis.isHeadline(q.openToken) else { continue }
            var quotation = q
            // "A," said X. "B": one quotation interrupted by its attribution.
            var last = index
            while last + 1 < doc.quotations.count, analysis.continues(doc.quotations[last], doc.quotations[last + 1]) {
                last += 1
            }
            if last > index {
                let end = doc.quotations[last]
                quotation = Quotation(
                    outer: ByteSpan(q.outer.start, end.outer.end), inner: ByteSpan(q.inner.start, end.inner.end),
                    openToken: q.openToken, closeToken: end.closeToken)
                skipUntil = last
            }
            let kind = analysis.kind(of: quotation, merged: last > index)
            var found = analysis.attribute(q, kind: kind)
            let paragraph = analysis.paragraph(ofToken: q.openToken)
            // A medium that speaks does not relay itself.
            if found.via != nil, found.via == found.speaker { found.via = nil }
            let spoken = found.speaker != nil || found.description != nil
            if !spoken, kind == .direct, let prev = previous, paragraph - prev.paragraph <= 1 {
                found = Attribution(
                    speaker: prev.found.speaker, description: prev.found.description, via: prev.found.via, cue: nil,
                    confidence: 0.5)
            }
            if found.speaker != nil || found.description != nil { previous = (found, paragraph) }
            let confidence = found.speaker == nil && found.description == nil ? 0 : (found.confidence * 100).rounded() / 100
            quotes.append(
                DocQuote(
                    span: quotation.inner, kind: kind, speaker: found.speaker, speakerDescription: found.description,
                    via: found.via, cue: found.cue, confidence: confidence, extractor: name, extractorVersion: version))
        }
        doc.quotes = quotes
    }
}

/// A speaker, medium, cue and confidence for one quotation.
struct Attribution {
    var speaker: Int?
    /// The words naming a speaker that is no entity; nil when `speaker` is set.
    var description: ByteSpan? = nil
    var via: Int?
    var cue: String?
    var confidence: Double
}
