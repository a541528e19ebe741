import Foundation

/// A one-line progress display on standard error, shown only when standard error is a terminal.
final class ProgressLine {
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private var lastDraw = Date.distantPast
    private var shown = false

    /// Redraws the line, at most ten times a second.
    func show(_ text: String) {
        guard isTerminal, Date().timeIntervalSince(lastDraw) > 0.1 else { return }
        lastDraw = Date()
        write("\r\u{1B}[K" + text)
        shown = true
    }

    /// Prints a message on its own line, above the progress line.
    func report(_ text: String) {
        if shown { write("\r\u{1B}[K") }
        write(text + "\n")
    }

    func finish() {
        if shown { write("\r\u{1B}[K") }
        shown = false
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
