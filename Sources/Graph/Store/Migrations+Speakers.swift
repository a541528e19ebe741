extension Migrations {
    /// Speakers named only by a description ("the letter", "protesters"): kept as words on their attribution, never
    /// as an entity node, so that "the ruling" of one article never joins "the ruling" of another. Null when the
    /// attribution has a speaker entity or none at all.
    static let speakerDescriptions = """
        ALTER TABLE attribution ADD COLUMN speaker_description TEXT;
        """
}
