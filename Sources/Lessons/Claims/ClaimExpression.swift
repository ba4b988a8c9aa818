/// The `:holds:` expression of a claim, as written, with the source range of every node.
///
/// Grammar (docs/directives.md, "Claims"):
///
///     expression = or
///     or         = and { "or" and }
///     and        = not { "and" not }
///     not        = "not" not | comparison
///     comparison = sum [ ("<" | "<=" | ">" | ">=" | "==" | "!=") sum ]
///     sum        = product { ("+" | "-") product }
///     product    = unary { ("*" | "/") unary }
///     unary      = "-" unary | primary
///     primary    = number | string | word | call | "(" expression ")"
///     call       = word "(" [ argument { "," argument } ] ")"
///     argument   = [ word ":" ] expression
public struct ClaimExpression: Hashable, Sendable {
    public indirect enum Kind: Hashable, Sendable {
        case number(Double)
        case string(String)
        /// A bare word: `baseline`, `threshold`, a feature such as `depth`, `init`.
        case word(String)
        case call(name: String, arguments: [ClaimArgument])
        case binary(ClaimOperator, ClaimExpression, ClaimExpression)
        case negate(ClaimExpression)
        case not(ClaimExpression)
    }

    public var kind: Kind
    public var range: SourceRange

    public init(_ kind: Kind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

/// One argument of a call in a claim: `"bias 3"`, `step: 1`.
public struct ClaimArgument: Hashable, Sendable {
    public var label: String?
    public var value: ClaimExpression

    public init(label: String?, value: ClaimExpression) {
        self.label = label
        self.value = value
    }
}

/// The binary operators of claim expressions.
public enum ClaimOperator: String, Hashable, Sendable, CaseIterable {
    case or, and
    case less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">=", equal = "==", notEqual = "!="
    case plus = "+", minus = "-", times = "*", divided = "/"

    /// Whether the operator compares two numbers (and so may be tested across seeds).
    public var isComparison: Bool {
        switch self {
        case .less, .lessOrEqual, .greater, .greaterOrEqual, .equal, .notEqual: true
        default: false
        }
    }
}

extension ClaimExpression {
    /// The expression written back in a normal form, for notes and messages.
    public var text: String {
        switch kind {
        case .number(let value): return Canonical.number(value).replacing(/\.0$/, with: "")
        case .string(let value): return Canonical.string(value)
        case .word(let word): return word
        case .call(let name, let arguments):
            let parts = arguments.map { ($0.label.map { "\($0): " } ?? "") + $0.value.text }
            return "\(name)(\(parts.joined(separator: ", ")))"
        case .binary(let op, let lhs, let rhs):
            // Parentheses only where precedence needs them (and on the right of - and /).
            let left = lhs.precedence < op.precedence ? "(\(lhs.text))" : lhs.text
            let tight = rhs.precedence < op.precedence || (rhs.precedence == op.precedence && (op == .minus || op == .divided))
            return "\(left) \(op.rawValue) \(tight ? "(\(rhs.text))" : rhs.text)"
        case .negate(let inner): return "-" + (inner.precedence < 6 ? "(\(inner.text))" : inner.text)
        case .not(let inner): return "not " + (inner.precedence < 3 ? "(\(inner.text))" : inner.text)
        }
    }

    /// How tightly the expression binds: or 1, and 2, not 2.5, comparisons 3, + − 4, × ÷ 5, the rest 6.
    private var precedence: Double {
        switch kind {
        case .binary(let op, _, _): op.precedence
        case .not: 2.5
        default: 6
        }
    }
}

extension ClaimOperator {
    var precedence: Double {
        switch self {
        case .or: 1
        case .and: 2
        case .less, .lessOrEqual, .greater, .greaterOrEqual, .equal, .notEqual: 3
        case .plus, .minus: 4
        case .times, .divided: 5
        }
    }
}
