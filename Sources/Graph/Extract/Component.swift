/// One step of the extraction pipeline: reads some annotations of a `Doc` and adds others.
///
/// A component declares what it needs (`requires`) and what it adds (`assigns`), so that `Pipeline` can check the
/// order once when it is built. Its `name` and `version` are stored with everything it produced: bump the version
/// whenever its output changes, and documents stored by an older version are re-extracted on the next ingest.
public protocol Component: Sendable {
    var name: String { get }
    var version: String { get }
    var requires: Set<Annotation> { get }
    var assigns: Set<Annotation> { get }

    /// Adds this component's annotations to `doc`. Must not fail on any text: odd input gives fewer findings.
    func process(_ doc: inout Doc)
}
