/// How a quotation stands in the reporter's text.
public enum QuoteKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A whole quoted sentence or more: `"We will respond," she said.`
    case direct
    /// Quoted words woven into the reporter's sentence: `vowed to "sharply cut" the quota`.
    case partial
    /// A word or two in quotation marks, distancing rather than reporting: `so-called "reckless" talks`.
    case scare
    /// Reported speech without quotation marks: `He stated that ...`; the text is the reported clause.
    case indirect
}
