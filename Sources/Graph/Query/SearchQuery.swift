import Foundation

/// A user's full-text search turned into an FTS5 `MATCH` expression that can never be an FTS syntax error.
///
/// Words are searched for as they are, all of them (in any order); the only operators are the ones analysts ask for:
/// a phrase in double quotes (straight or curly), a prefix with a trailing `*`, and `OR` in capitals between two
/// terms. Everything else, FTS5's own syntax included (`NEAR`, `:`, `^`, `-`, parentheses), is text. Typography is
/// folded first, so curly quotes, apostrophes and dashes in the query match their straight forms in the quotes
/// (the index's tokenizer already treats them all as separators and removes diacritics).
public struct SearchQuery: Sendable, Hashable {
    /// What the user typed.
    public let text: String
    /// The FTS5 expression bound to `MATCH`.
    public let expression: String
    /// The quote key (`NameKey.quote`) of the words searched for, when they are plain words and phrases (no `OR`,
    /// no prefix): a quote node with exactly these words is the answer the search names.
    public let exactKey: String?

    /// - Throws: `QueryError.emptySearch` when the text holds no letters or digits to search for.
    public init(_ text: String) throws(QueryError) {
        self.text = text
        var terms: [String] = []
        var pendingOr = false
        let tokens = Self.tokens(Self.foldTypography(text))
        let isPlain = tokens.allSatisfy { if case let .term(_, _, prefix) = $0 { !prefix } else { false } }
        for token in tokens {
            switch token {
            case .or:
                pendingOr = !terms.isEmpty
            case let .term(words, _, prefix):
                guard words.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil })
                else { continue }
                let quoted = "\"" + words.replacingOccurrences(of: "\"", with: "\"\"") + "\"" + (prefix ? " *" : "")
                if pendingOr, let last = terms.popLast() {
                    terms.append(last + " OR " + quoted)
                } else {
                    terms.append(quoted)
                }
                pendingOr = false
            }
        }
        guard !terms.isEmpty else { throw .emptySearch(text) }
        // OR binds tighter than the implicit AND in FTS5, so "a b OR c" is a AND (b OR c), as a reader expects.
        expression = terms.joined(separator: " ")
        let key = NameKey.quote(text)
        exactKey = isPlain && !key.isEmpty ? key : nil
    }

    /// Maps curly quotation marks, primes, apostrophes, dashes and odd spaces to their ASCII forms; keeps case, so
    /// that `OR` stays an operator and `or` a word.
    static func foldTypography(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC, 0x0060, 0x00B4: out.append("'")
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB, 0x300C, 0x300D, 0xFF02: out.append("\"")
            case 0x2010...0x2015, 0x2212: out.append("-")
            case 0x00A0, 0x2000...0x200A, 0x202F, 0x3000: out.append(" ")
            case 0xFF0A: out.append("*")
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    enum Token: Equatable {
        case term(String, phrase: Bool, prefix: Bool)
        case or
    }

    /// Splits folded text into words, quoted phrases and `OR`s.
    static func tokens(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var scalars = text.unicodeScalars[...]
        func emitWord(_ word: Substring.UnicodeScalarView) {
            let string = String(word)
            guard !string.isEmpty else { return }
            if string == "OR" { tokens.append(.or); return }
            let prefix = string.hasSuffix("*")
            let body = String(string.drop(while: { $0 == "*" }).reversed().drop(while: { $0 == "*" }).reversed())
            tokens.append(.term(body, phrase: false, prefix: prefix && !body.isEmpty))
        }
        while let first = scalars.first {
            if first == "\"" {
                scalars = scalars.dropFirst()
                let end = scalars.firstIndex(of: "\"") ?? scalars.endIndex
                var phrase = String(scalars[..<end]).trimmingWhitespace
                var prefix = false
                if phrase.hasSuffix("*") {
                    prefix = true
                    while phrase.hasSuffix("*") { phrase.removeLast() }
                }
                if !phrase.isEmpty { tokens.append(.term(phrase, phrase: true, prefix: prefix)) }
                scalars = end == scalars.endIndex ? scalars[end...] : scalars[scalars.index(after: end)...]
                // A `*` right after the closing mark is a prefix on the phrase's last word.
                if scalars.first == "*", case let .term(words, true, _)? = tokens.last {
                    tokens[tokens.count - 1] = .term(words, phrase: true, prefix: true)
                    scalars = scalars.drop(while: { $0 == "*" })
                }
            } else if first.properties.isWhitespace {
                scalars = scalars.dropFirst()
            } else {
                let end = scalars.firstIndex(where: { $0.properties.isWhitespace || $0 == "\"" }) ?? scalars.endIndex
                emitWord(Substring.UnicodeScalarView(scalars[..<end]))
                scalars = scalars[end...]
            }
        }
        return tokens
    }
}

extension String {
    var trimmingWhitespace: String {
        let scalars = unicodeScalars.drop(while: \.properties.isWhitespace)
        return String(String.UnicodeScalarView(scalars.reversed().drop(while: \.properties.isWhitespace).reversed()))
    }
}
