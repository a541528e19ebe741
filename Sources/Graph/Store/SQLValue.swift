import CSQLite

/// A value bound to, or read from, an SQLite statement.
public enum SQLValue: Sendable, Hashable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])
}

/// A Swift value that can be bound to a statement parameter.
public protocol SQLBindable {
    var sqlValue: SQLValue { get }
    /// Binds the value to parameter `position` (from 1) of a statement; SQLite's result code.
    func bind(to statement: OpaquePointer, at position: Int32) -> Int32
}

extension SQLBindable {
    public func bind(to statement: OpaquePointer, at position: Int32) -> Int32 {
        switch sqlValue {
        case .null: sqlite3_bind_null(statement, position)
        case let .integer(v): sqlite3_bind_int64(statement, position, v)
        case let .real(v): sqlite3_bind_double(statement, position, v)
        case let .text(v): v.bind(to: statement, at: position)
        case let .blob(v):
            v.withUnsafeBytes { sqlite3_bind_blob(statement, position, $0.baseAddress, Int32($0.count), csqlite_transient()) }
        }
    }
}

// The types bound on every row of an ingest bind themselves directly, without going through `SQLValue`.

extension Int64: SQLBindable {
    public var sqlValue: SQLValue { .integer(self) }
    public func bind(to statement: OpaquePointer, at position: Int32) -> Int32 { sqlite3_bind_int64(statement, position, self) }
}
extension Int: SQLBindable {
    public var sqlValue: SQLValue { .integer(Int64(self)) }
    public func bind(to statement: OpaquePointer, at position: Int32) -> Int32 {
        sqlite3_bind_int64(statement, position, Int64(self))
    }
}
extension Double: SQLBindable {
    public var sqlValue: SQLValue { .real(self) }
    public func bind(to statement: OpaquePointer, at position: Int32) -> Int32 { sqlite3_bind_double(statement, position, self) }
}
extension String: SQLBindable {
    public var sqlValue: SQLValue { .text(self) }
    /// Binds the UTF-8 bytes with their length (no `strlen`); SQLite copies them. An empty string binds as ''.
    public func bind(to statement: OpaquePointer, at position: Int32) -> Int32 {
        var text = self
        return text.withUTF8 { bytes in
            // A null pointer would bind NULL: an empty buffer may have none.
            guard let base = bytes.baseAddress, !bytes.isEmpty else {
                return sqlite3_bind_text(statement, position, "", 0, csqlite_transient())
            }
            return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                sqlite3_bind_text(statement, position, $0, Int32(bytes.count), csqlite_transient())
            }
        }
    }
}
extension Bool: SQLBindable {
    public var sqlValue: SQLValue { .integer(self ? 1 : 0) }
    public func bind(to statement: OpaquePointer, at position: Int32) -> Int32 {
        sqlite3_bind_int64(statement, position, self ? 1 : 0)
    }
}
extension SQLValue: SQLBindable { public var sqlValue: SQLValue { self } }
extension Optional: SQLBindable where Wrapped: SQLBindable {
    public var sqlValue: SQLValue { self?.sqlValue ?? .null }
    public func bind(to statement: OpaquePointer, at position: Int32) -> Int32 {
        guard let self else { return sqlite3_bind_null(statement, position) }
        return self.bind(to: statement, at: position)
    }
}
extension DocumentID: SQLBindable {
    public var sqlValue: SQLValue { .integer(rawValue) }
    public func bind(to statement: OpaquePointer, at position: Int32) -> Int32 { sqlite3_bind_int64(statement, position, rawValue) }
}
extension EntityID: SQLBindable {
    public var sqlValue: SQLValue { .integer(rawValue) }
    public func bind(to statement: OpaquePointer, at position: Int32) -> Int32 { sqlite3_bind_int64(statement, position, rawValue) }
}
extension QuoteID: SQLBindable {
    public var sqlValue: SQLValue { .integer(rawValue) }
    public func bind(to statement: OpaquePointer, at position: Int32) -> Int32 { sqlite3_bind_int64(statement, position, rawValue) }
}
