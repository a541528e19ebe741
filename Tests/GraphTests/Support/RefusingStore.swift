@testable import Graph

extension GraphStore {
    /// Makes every insert of an occurrence whose text is "boom" fail, as in a document that cannot be stored: a
    /// temporary trigger, on this connection only.
    func refuseOccurrences() throws {
        try database.execute("""
            CREATE TEMP TRIGGER refuse BEFORE INSERT ON attribution WHEN new.surface = 'boom'
            BEGIN SELECT RAISE(ABORT, 'refused by test'); END
            """)
    }
}
