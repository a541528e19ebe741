extension Pipeline {
    /// The pipeline `graphctl` runs: sentences and tokens, quotation spans, entities, speakers and media, relations.
    ///
    /// - `Tokenizer`: lines are paragraphs; words keep inner hyphens, apostrophes and abbreviation periods.
    /// - `QuoteFinder`: pairs marks by what touches them (straight and curly mixed), nests the other family of
    ///   marks, carries a quotation over paragraphs only when the next one opens with a mark, and drops an unclosed
    ///   mark at its paragraph's end.
    /// - `SentenceSplitter`: never splits inside a quotation.
    /// - `EntityRecognizer`: capitalised runs cut into names, typed, and merged within the article.
    /// - `Attributor`: speakers, media (`via`), cues, confidence and quote kinds.
    /// - `IndirectSpeech`: `X stated that ...` as quotes of kind `indirect`.
    /// - `RelationFinder`: roles stated before a name (`spokesperson_of`, `leader_of`, ...).
    /// - `EventDates`: the span of days a sentence naming an event gives for it.
    ///
    /// The word lists (`Lexicon`, `Gazetteer`) were written for this project from general knowledge; country names
    /// follow the common English short names of ISO 3166-1, which are facts. No rule names a person or outlet of the
    /// articles the project was specified from.
    public static var standard: Pipeline {
        // The standard components always satisfy each other's requirements; a failure here is a programming error.
        do {
            return try Pipeline([
                Tokenizer(), QuoteFinder(), SentenceSplitter(), EntityRecognizer(), Attributor(), IndirectSpeech(), RelationFinder(),
                EventDates(),
            ])
        } catch {
            fatalError("\(error)")
        }
    }
}
