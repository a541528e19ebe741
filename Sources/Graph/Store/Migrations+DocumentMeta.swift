extension Migrations {
    /// Step 17: each document's id, name, title, outlet and date in an index of their own, for the statements that
    /// show or count documents found by id (a quote's documents, an entity's).
    ///
    /// A document's row holds its text, a page of the file or more: naming the 120 documents of a widely carried
    /// quote, or counting its outlets, read 120 pages, most of them from disk in a large graph. The index holds
    /// about 30 documents a page. By its estimate SQLite goes to the row by id whatever the index, so those
    /// statements name it (`INDEXED BY document_meta`); the ones that find documents by name, date or outlet keep
    /// their own indexes. Entries are written in id order, at the index's end: an ingest adds a page every 30
    /// documents. Building it reads the table once; `IF NOT EXISTS` lets the step run again.
    static let documentMeta = """
        CREATE INDEX IF NOT EXISTS document_meta ON document(id, name, title, outlet, published);
        """
}
