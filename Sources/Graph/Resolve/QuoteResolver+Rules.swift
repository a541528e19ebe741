extension QuoteResolver {
    /// The analyst's quote rules that bear on one occurrence: which nodes it may not join.
    ///
    /// A rule says that the occurrence of text `key` in one document is not the same quote as texts of `otherKey`
    /// (`graphctl unmerge QM12`). It holds both ways: that occurrence joins no node holding `otherKey`, and an
    /// occurrence of `otherKey` elsewhere joins no node holding that document's occurrence of `key`.
    struct Apart {
        /// Keys of texts this occurrence stays apart from.
        var own: [String] = []
        /// Occurrences (document, key) that this occurrence stays apart from.
        var foreign: [(document: DocumentID, key: String)] = []
        var key: String
        var document: DocumentID?

        /// The rules about `key` as the occurrence in `document` sees them.
        ///
        /// - Complexity: two index lookups.
        init(key: String, document: DocumentID?, in store: GraphStore) throws {
            self.key = key
            self.document = document
            for rule in try store.quoteRules(touching: key) {
                if rule.key == key, rule.document == document, document != nil { own.append(rule.otherKey) }
                if rule.otherKey == key, let other = rule.document, other != document { foreign.append((other, rule.key)) }
            }
        }

        var isEmpty: Bool { own.isEmpty && foreign.isEmpty }

        /// Whether a rule keeps the occurrence out of `quote`.
        ///
        /// - Complexity: an index lookup or two per rule.
        func vetoes(_ quote: QuoteID, in store: GraphStore) throws -> Bool {
            guard !isEmpty else { return false }
            for other in own where try store.quote(quote, hasVariant: other) {
                // The same words twice in the document itself are still one quote.
                if other == key, let document, try store.quote(quote, occursIn: document) { continue }
                return true
            }
            for other in foreign {
                if try store.quote(quote, hasVariant: other.key), try store.quote(quote, occursIn: other.document) { return true }
            }
            return false
        }
    }
}
