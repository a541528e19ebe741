import Foundation

/// The marks around matched words in a search snippet: control characters, so they never collide with quote text.
/// Renderers replace them with terminal colours, or with `**` for programs.
public enum SearchHighlight {
    public static let start = "\u{02}"
    public static let end = "\u{03}"

    /// The snippet with its marks replaced.
    public static func render(_ snippet: String, open: String, close: String) -> String {
        snippet.replacingOccurrences(of: start, with: open).replacingOccurrences(of: end, with: close)
    }
}
