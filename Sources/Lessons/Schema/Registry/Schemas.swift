/// One option of a directive or one argument of a call: its type and default, as
/// documented in DESIGN.md. The readers check values against these names; the
/// type and default texts document them (and tests hold them to the readers).
public struct ParameterSchema: Hashable, Sendable {
    public var name: String
    /// What values it takes, in words: "integer in 1...1000000".
    public var type: String
    /// The default as it would be written, or nil when required or absent by default.
    public var defaultValue: String?
    public var isRequired: Bool

    public init(_ name: String, _ type: String, default defaultValue: String? = nil, required: Bool = false) {
        self.name = name
        self.type = type
        self.defaultValue = defaultValue
        self.isRequired = required
    }
}

/// The schema of a call: a model, task, optimiser, initialisation or plot function.
public struct CallSchema: Hashable, Sendable {
    public var name: String
    public var arguments: [ParameterSchema]
    /// The argument that may be written without its label when it is the only one.
    public var positional: String?

    public init(_ name: String, _ arguments: [ParameterSchema], positional: String? = nil) {
        self.name = name
        self.arguments = arguments
        self.positional = positional
    }

    public var labels: [String] { arguments.map(\.name) }
}

/// The schema of a directive kind: what its argument is and which options it takes.
public struct DirectiveSchema: Hashable, Sendable {
    public enum Argument: Hashable, Sendable {
        /// A name, which must be given.
        case requiredName
        /// A name, which may be omitted (then the figure cannot be referenced).
        case optionalName
        /// A diagram's name, with its cell in `:cell:`; or, in the older form without
        /// `:cell:`, the cell itself (then the diagram has no name).
        case nameOrCell
    }

    public var kind: Directive.Kind
    public var argument: Argument
    public var options: [ParameterSchema]

    public var optionNames: [String] { options.map(\.name) }
}

extension ParameterSchema {
    /// `:alt:`, taken by every directive.
    static let alt = ParameterSchema("alt", "string: the figure's alt text", default: "generated from the data")
    /// `:from:`, taken by the directives that can be written as a variant of another.
    static let from = ParameterSchema("from", "name of a directive of the same kind this one varies: its options, overridden by the ones given here")
}
