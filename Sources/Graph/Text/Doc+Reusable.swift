extension Doc {
    /// What one component works out and a later one reads again, so that it is worked out once per doc.
    ///
    /// Each entry remembers the annotations it was made from and is used only while they are unchanged: a
    /// pipeline that edits them in between gets a fresh computation, never a stale one.
    struct Reusable: Sendable {
        var analysis: Analysis?
        var headlineCase: HeadlineCase?

        /// `isHeadlineCase(paragraph:)` of every paragraph, which the entity recogniser and the attributor both ask.
        struct HeadlineCase: Sendable {
            let tokens: [Token]
            let paragraphs: [Segment]
            let flags: [Bool]

            init(_ doc: Doc) {
                tokens = doc.tokens
                paragraphs = doc.paragraphs
                flags = doc.paragraphs.indices.map(doc.isHeadlineCase(paragraph:))
            }

            /// The flags, if `doc` still has the tokens and paragraphs they were found from.
            ///
            /// - Complexity: O(1) when they are unchanged: arrays that share storage compare equal at once.
            func flags(of doc: Doc) -> [Bool]? {
                tokens == doc.tokens && paragraphs == doc.paragraphs ? flags : nil
            }
        }

        /// The attributor's analysis (cues, references, media), which indirect speech reads too.
        ///
        /// A class only to box it: the analysis holds the doc it was made from, and a struct cannot hold itself.
        final class Analysis: Sendable {
            let value: Attributor.Analysis

            init(_ value: Attributor.Analysis) { self.value = value }

            /// The analysis, if `doc` still has the annotations it was made from.
            ///
            /// - Complexity: O(1) when they are unchanged: arrays that share storage compare equal at once.
            func analysis(of doc: Doc) -> Attributor.Analysis? {
                let made = value.doc
                guard made.bytes == doc.bytes, made.tokens == doc.tokens, made.paragraphs == doc.paragraphs,
                    made.sentences == doc.sentences, made.sentenceOfToken == doc.sentenceOfToken,
                    made.quotations == doc.quotations, made.entities == doc.entities
                else { return nil }
                return value
            }
        }
    }
}
