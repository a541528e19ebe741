import ArgumentParser
import Foundation
import Graph

/// A kind of tie for `neighbors` and `path`.
typealias EdgeKindArgument = Choice<EdgeKind>

extension [EdgeKindArgument] {
    /// The kinds asked for, or all of them.
    var kinds: [EdgeKind] { isEmpty ? EdgeKind.byStrength : EdgeKind.byStrength.filter { kind in contains { $0.value == kind } } }
}

/// A kind of quote for `quotes --kind`.
typealias QuoteKindArgument = Choice<QuoteKind>

enum DateBound {
    /// Checks an ISO 8601 date or a prefix of one: 2024, 2024-03, 2024-03-09, 2024-03-09T10:00.
    static func validate(_ value: String?, flag: String) throws {
        guard let value else { return }
        let pattern = #"^\d{4}(-\d{2}(-\d{2}([T ][0-9:.+\-Z]*)?)?)?$"#
        if value.range(of: pattern, options: .regularExpression) == nil {
            throw ValidationError("\(flag) takes an ISO 8601 date or a prefix of one (2024, 2024-03, 2024-03-09), not “\(value)”")
        }
    }
}

/// Whether standard output is a terminal, for highlighting search matches.
enum Terminal {
    static let isOutput = isatty(STDOUT_FILENO) == 1

    static func highlight(_ snippet: String) -> String {
        isOutput
            ? SearchHighlight.render(snippet, open: "\u{1B}[1;33m", close: "\u{1B}[0m")
            : SearchHighlight.render(snippet, open: "**", close: "**")
    }
}

extension EntityRef {
    /// "Marta Lindqvist Berg (E3)".
    var labelled: String { "\(name) (\(jsonID))" }
}

extension DocumentRef {
    /// "2024-03-01  article.txt  Harbor Wire".
    var line: String {
        [String((published ?? "undated").prefix(10)), name, outlet ?? ""].filter { !$0.isEmpty }.joined(separator: "  ")
    }
}

/// "1 document", "2 documents".
func counted(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
}

/// `--occurrences` of `quotes` and `who-said`: how many occurrences of each quote are shown.
enum OccurrenceLimit {
    static let defaultValue = 10
    static let help = ArgumentHelp(
        "The most occurrences shown per quote (default \(defaultValue); 0 for all). A quote carried more widely is shown "
            + "with the occurrences that pass the filters first, then the first stored, and its counts.",
        valueName: "n")

    static func validate(_ value: Int?) throws {
        if let value, value < 0 { throw ValidationError("--occurrences must be 0 (all) or more") }
    }

    /// The limit for the store: nil for all.
    static func value(_ option: Int?) -> Int? {
        let value = option ?? defaultValue
        return value == 0 ? nil : value
    }
}

extension QuoteHit {
    /// A count of `reach` as people read it: "1 document", "more than 10000 documents".
    func total(_ count: Int, _ noun: String) -> String {
        reach.isPastLimit(count) ? "more than \(reach.countLimit ?? count) \(noun)s" : counted(count, noun)
    }

    /// "and 9 more occurrences: 19 occurrences in 17 documents (...)", or "and more occurrences: more than 10000
    /// occurrences in ..." past the count limit, for a quote shown in part; nil when every occurrence is shown.
    var hiddenLine: String? {
        guard hiddenOccurrences > 0 else { return nil }
        let more = reach.isPastLimit(reach.occurrences)
            ? "more occurrences" : "\(hiddenOccurrences) more occurrence\(hiddenOccurrences == 1 ? "" : "s")"
        return "and \(more): \(total(reach.occurrences, "occurrence")) in \(total(reach.documents, "document")) "
            + "(--occurrences N shows more)"
    }
}
