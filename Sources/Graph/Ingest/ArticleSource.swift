import Foundation

/// One thing read from the inputs: an article, or a problem with one.
public enum IngestItem: Sendable {
    case document(SourceDocument)
    case problem(IngestProblem)
}

/// The articles named on the command line, read one file at a time.
///
/// Plain-text files (`.txt`, or any file named explicitly) are one article each, titled by their first non-empty
/// line. JSON Lines files (`.jsonl`) hold one article per line: `text` is required; `id`, `title`, `url`, `outlet`
/// and `published` are optional. Folders are walked recursively in name order, taking `.txt` and `.jsonl` files and
/// skipping hidden ones. `-` is standard input.
public struct ArticleSource: Sequence {
    public enum StandardInputFormat: String, Sendable, CaseIterable {
        case text, jsonl
    }

    public let paths: [String]
    public let standardInput: StandardInputFormat

    public init(paths: [String], standardInput: StandardInputFormat = .text) {
        self.paths = paths
        self.standardInput = standardInput
    }

    public func makeIterator() -> Iterator {
        Iterator(pending: paths.reversed().map { Pending.path($0, name: nil) }, standardInput: standardInput)
    }

    enum Pending {
        case path(String, name: String?)
        case item(IngestItem)
        case lines(JSONLinesReader.Lines)
    }

    public struct Iterator: IteratorProtocol {
        /// A stack: the next input is at the end.
        var pending: [Pending]
        let standardInput: StandardInputFormat

        public mutating func next() -> IngestItem? {
            while let next = pending.popLast() {
                switch next {
                case let .item(item):
                    return item
                case var .lines(lines):
                    if let item = lines.next() {
                        pending.append(.lines(lines))
                        return item
                    }
                case let .path(path, name):
                    pending.append(contentsOf: expand(path, name: name).reversed())
                }
            }
            return nil
        }

        private func expand(_ path: String, name: String?) -> [Pending] {
            if path == "-" {
                if standardInput == .jsonl {
                    return [.lines(Self.lines(of: FileHandle.standardInput, file: "-"))]
                }
                return [.item(read([UInt8](FileHandle.standardInput.readDataToEndOfFile()), file: "-", name: "stdin"))]
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                return [.item(.problem(IngestProblem(file: path, reason: "no such file or folder")))]
            }
            if isDirectory.boolValue {
                return walk(folder: path)
            }
            if path.lowercased().hasSuffix(".jsonl") {
                guard let handle = FileHandle(forReadingAtPath: path) else {
                    return [.item(.problem(IngestProblem(file: path, reason: "cannot read the file (permission denied?)")))]
                }
                return [.lines(Self.lines(of: handle, file: path))]
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                return [.item(.problem(IngestProblem(file: path, reason: "cannot read the file (permission denied?)")))]
            }
            return [.item(read([UInt8](data), file: path, name: name ?? (path as NSString).lastPathComponent))]
        }

        /// The folder's `.txt` and `.jsonl` files, recursively, in name order; named relative to the folder.
        private func walk(folder: String) -> [Pending] {
            let root = URL(fileURLWithPath: folder)
            guard let enumerator = FileManager.default.enumerator(
                at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]
            ) else {
                return [.item(.problem(IngestProblem(file: folder, reason: "cannot list the folder")))]
            }
            var files: [(path: String, name: String)] = []
            let rootPath = root.standardizedFileURL.path
            for case let url as URL in enumerator {
                let ext = url.pathExtension.lowercased()
                guard ext == "txt" || ext == "jsonl" else { continue }
                guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
                let full = url.standardizedFileURL.path
                let relative = full.hasPrefix(rootPath + "/") ? String(full.dropFirst(rootPath.count + 1)) : url.lastPathComponent
                let shown = folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
                files.append((shown, relative))
            }
            return files.sorted { $0.name < $1.name }.map { Pending.path($0.path, name: $0.name) }
        }

        private func read(_ bytes: [UInt8], file: String, name: String) -> IngestItem {
            do {
                let text = try ArticleText.decode(bytes)
                return .document(SourceDocument(name: name, title: ArticleText.title(of: text), text: text))
            } catch {
                return .problem(IngestProblem(file: file, reason: error.reason))
            }
        }

        private static func lines(of handle: FileHandle, file: String) -> JSONLinesReader.Lines {
            let reader = LineReader(handle: handle)
            return JSONLinesReader.Lines(file: file) { reader.next() }
        }
    }
}
