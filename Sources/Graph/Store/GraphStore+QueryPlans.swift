import Foundation

extension GraphStore {
    /// A cached statement for a query, whose plan is printed on standard error the first time it is prepared when
    /// `GRAPHCTL_EXPLAIN` is set: the benchmark reads these to check that every command uses an index.
    func query(_ sql: String) throws -> Statement {
        if QueryPlanLog.isEnabled { QueryPlanLog.shared.log(sql, database: database) }
        return try database.cached(sql)
    }

    /// The `EXPLAIN QUERY PLAN` of `sql`, one line per step, indented by depth.
    public func queryPlan(_ sql: String) throws -> [String] {
        var depth: [Int64: Int] = [0: -1]
        return try database.prepare("EXPLAIN QUERY PLAN " + sql).rows { row in
            let level = (depth[row.int(1)] ?? -1) + 1
            depth[row.int(0)] = level
            return String(repeating: "  ", count: level) + row.string(3)
        }
    }
}

/// The statements whose plans have been printed already, so each is printed once per process.
final class QueryPlanLog: @unchecked Sendable {
    static let isEnabled = !(ProcessInfo.processInfo.environment["GRAPHCTL_EXPLAIN"] ?? "").isEmpty
    static let shared = QueryPlanLog()
    private var seen: Set<String> = []
    private let lock = NSLock()

    func log(_ sql: String, database: Database) {
        lock.lock()
        defer { lock.unlock() }
        guard seen.insert(sql).inserted else { return }
        let flat = sql.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        var text = "-- plan: \(flat)\n"
        do {
            var depth: [Int64: Int] = [0: -1]
            try database.prepare("EXPLAIN QUERY PLAN " + sql).forEach { row in
                let level = (depth[row.int(1)] ?? -1) + 1
                depth[row.int(0)] = level
                text += String(repeating: "  ", count: level + 1) + row.string(3) + "\n"
            }
        } catch {
            text += "  (no plan: \(error))\n"
        }
        FileHandle.standardError.write(Data(text.utf8))
    }
}
