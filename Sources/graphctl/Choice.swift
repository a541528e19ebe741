import ArgumentParser

/// One of the library's named cases as a flag's value (`--kind via`, `--type PERSON`, `--format graphml`), matched
/// regardless of case; `--help` lists the cases.
struct Choice<Value: RawRepresentable & CaseIterable>: ExpressibleByArgument where Value.RawValue == String {
    var value: Value

    init(_ value: Value) {
        self.value = value
    }

    init?(argument: String) {
        guard let value = Value.allCases.first(where: { $0.rawValue.lowercased() == argument.lowercased() }) else { return nil }
        self.value = value
    }

    static var allValueStrings: [String] { Value.allCases.map(\.rawValue) }

    var defaultValueDescription: String { value.rawValue }
}
