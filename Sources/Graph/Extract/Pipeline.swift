/// An ordered list of components, checked once so that every component finds the annotations it needs.
public struct Pipeline: Sendable {
    public let components: [any Component]

    /// - Throws: `PipelineError.unmetRequirement` when a component needs an annotation no earlier component assigns.
    public init(_ components: [any Component]) throws(PipelineError) {
        var available: Set<Annotation> = []
        for component in components {
            let missing = component.requires.subtracting(available)
            if let first = missing.sorted(by: { $0.rawValue < $1.rawValue }).first {
                throw .unmetRequirement(component: component.name, annotation: first)
            }
            available.formUnion(component.assigns)
        }
        self.components = components
    }

    /// Names and versions of the components, in order: stored with each document so that a document extracted by
    /// an older pipeline can be found and extracted again.
    public var signature: String {
        components.map { "\($0.name)@\($0.version)" }.joined(separator: ",")
    }

    /// Runs every component over `text`.
    public func annotate(_ text: String) -> Doc {
        var doc = Doc(text)
        for component in components {
            component.process(&doc)
            doc.present.formUnion(component.assigns)
        }
        return doc
    }

    /// Runs every component over `text` and returns what they found, in scalar offsets.
    public func extract(_ text: String) -> Extraction {
        annotate(text).extraction()
    }
}

public enum PipelineError: Error, Sendable, CustomStringConvertible {
    case unmetRequirement(component: String, annotation: Annotation)

    public var description: String {
        switch self {
        case let .unmetRequirement(component, annotation):
            "pipeline component '\(component)' needs \(annotation.rawValue), which no earlier component assigns; "
                + "put a component that assigns it first"
        }
    }
}
