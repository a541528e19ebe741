extension Pipeline {
    /// The pipeline `graphctl` runs: sentences and tokens, quotation spans, entities, speakers and media, relations.
    public static var standard: Pipeline {
        // The standard components always satisfy each other's requirements; a failure here is a programming error.
        do {
            return try Pipeline([
                Tokenizer(), QuoteFinder(), SentenceSplitter(), EntityRecognizer(), Attributor(), IndirectSpeech(), RelationFinder(),
            ])
        } catch {
            fatalError("\(error)")
        }
    }
}
