import TextTools

/// A stable text form of a parsed, defaults-filled value, independent of how it
/// was written (spacing, line breaks, option order, explicit defaults): the input
/// of cache keys. Display-only parts (alt text, caption, labels) are left out.
public protocol CanonicalForm {
    /// The canonical text, such as `adam(lr: 0.003, beta1: 0.9, beta2: 0.999)`.
    var canonicalForm: String { get }
}

/// Builders for canonical text, so every type prints numbers and strings alike.
enum Canonical {
    /// Shortest round-trip decimal (Swift's own algorithm, the same on every platform), no negative zero.
    static func number(_ value: Double) -> String {
        value == 0 ? "0.0" : "\(value)"
    }

    /// A string as a quoted literal; the JSON escapes (which a tab or a control character
    /// needs to stay on one line of a key) are the only ones lessons can write anyway.
    static func string(_ value: String) -> String {
        JSONEscaping.quoted(value)
    }

    /// `name(label: value, …)`, or `name` without arguments.
    static func call(_ name: String, _ arguments: [(String, String)]) -> String {
        arguments.isEmpty ? name : name + "(" + arguments.map { "\($0.0): \($0.1)" }.joined(separator: ", ") + ")"
    }

    static func list(_ items: [String]) -> String {
        "[" + items.joined(separator: ", ") + "]"
    }

    static func list<Item: CanonicalForm>(_ items: [Item]) -> String {
        list(items.map(\.canonicalForm))
    }
}

extension Int {
    var canonical: String { String(self) }
}

extension Bool {
    var canonical: String { self ? "true" : "false" }
}
