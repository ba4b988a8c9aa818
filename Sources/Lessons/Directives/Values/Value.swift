/// An option value as written in a lesson, in Swift literal style, with the
/// source range of every node so that a diagnostic can point at the exact column.
public struct Value: Hashable, Sendable {
    /// What the value is. `sigmoid` is a `.word`; `sigmoid()` a `.call` with no arguments:
    /// schemas that expect a call accept both.
    public indirect enum Kind: Hashable, Sendable {
        case integer(Int)
        case number(Double)
        case string(String)
        case bool(Bool)
        /// A bare word: an enum value or the name of another directive (`forget-bias`).
        case word(String)
        case array([Value])
        /// A closed range `lower...upper`; each bound is an `.integer` or a `.number`.
        case range(lower: Value, upper: Value)
        case call(Call)
        /// A claim's `:holds:` expression, which has operators the value grammar lacks.
        case expression(ClaimExpression)
    }

    public var kind: Kind
    public var range: SourceRange

    public init(_ kind: Kind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }

    /// "an integer", "a string": the kind of value, for "expected …, got …" messages.
    public var kindDescription: String {
        switch kind {
        case .integer: "an integer"
        case .number: "a number"
        case .string: "a string"
        case .bool: "a boolean"
        case .word(let word): "the word '\(word)'"
        case .array: "an array"
        case .range: "a range"
        case .call(let call): "a call of '\(call.name)'"
        case .expression: "an expression"
        }
    }
}

/// `name(label: value, …)`.
public struct Call: Hashable, Sendable {
    public var name: String
    public var nameRange: SourceRange
    public var arguments: [Argument]

    public init(name: String, nameRange: SourceRange, arguments: [Argument]) {
        self.name = name
        self.nameRange = nameRange
        self.arguments = arguments
    }
}

/// One argument of a call: `hidden: 32`, or an unlabelled `4` in `top(4)`.
public struct Argument: Hashable, Sendable {
    public var label: String?
    public var labelRange: SourceRange?
    public var value: Value

    public init(label: String?, labelRange: SourceRange?, value: Value) {
        self.label = label
        self.labelRange = labelRange
        self.value = value
    }
}
