/// A role or tie stated in a document: "Jan-Olav Sunde spokesperson_of Coast Guard Command".
public struct RelationFact: Sendable, Hashable {
    public var subject: EntityRef
    public var predicate: String
    public var object: EntityRef
    /// How many passages state it.
    public var count: Int
    /// One document that states it, and its words.
    public var document: String
    public var evidence: String

    public init(subject: EntityRef, predicate: String, object: EntityRef, count: Int, document: String, evidence: String) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.count = count
        self.document = document
        self.evidence = evidence
    }
}
