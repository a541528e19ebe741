extension Migrations {
    /// Step 14: documents indexed by the extraction pipeline that made their evidence, so that `graphctl stats`
    /// counts documents by pipeline from the index.
    ///
    /// The pipeline is the last column of `document`, after the text: SQLite reaches it by walking the overflow
    /// pages that hold the text, so without the index the count read every article (6 minutes for 489,472 of them,
    /// 12 GB, most of it waiting for the disk). The index holds one short entry a document, written with the row;
    /// building it reads the table once. `IF NOT EXISTS` lets the step run again on a database that has it.
    static let pipelineIndex = """
        CREATE INDEX IF NOT EXISTS document_pipeline ON document(pipeline);
        """
}
