/// TeX's rule that `+` and `−` are signs, not binary operators, at the start of a list or
/// after an operator, relation, punctuation or opening fence: `[-1, +1]`, `= -x`.
///
/// MathML Core picks an operator's spacing from its position in the row only, so the
/// converter sets the spacing of such signs to zero itself.
enum UnaryOperators {
    static let binary: Set<String> = [
        "+", "\u{2212}", "\u{B1}", "\u{2213}", "\u{D7}", "\u{F7}", "\u{22C5}", "\u{2217}", "\u{22C6}",
        "\u{2218}", "\u{2219}", "\u{2297}", "\u{2295}", "\u{2296}", "\u{2299}", "\u{2298}", "\u{2229}",
        "\u{222A}", "\u{2216}", "\u{2227}", "\u{2228}", "\u{2294}", "\u{2293}", "\u{228E}",
    ]

    /// Operators after which a binary operator keeps its spacing (they end an operand).
    static let closing: Set<String> = [
        ")", "]", "}", "|", "\u{2016}", "\u{27E9}", "\u{230B}", "\u{2309}", "\u{27EF}", "!", "?",
        "\u{2026}", "\u{22EF}", "\u{2032}", "\u{2033}", "\u{2034}", "\u{2057}",
    ]

    static func mark(_ nodes: [MathNode]) -> [MathNode] {
        var result: [MathNode] = []
        result.reserveCapacity(nodes.count)
        for node in nodes {
            if case .op(let symbol, var attributes) = node, attributes == .plain, binary.contains(symbol),
               startsOperand(after: result.last { if case .space = $0 { return false } else { return true } }) {
                attributes.spacing = "0em"
                result.append(.op(symbol, attributes))
            } else {
                result.append(node)
            }
        }
        return result
    }

    private static func startsOperand(after previous: MathNode?) -> Bool {
        guard let previous else { return true }
        if case .op(let symbol, let attributes) = previous {
            return attributes.form != "postfix" && !closing.contains(symbol)
        }
        return false
    }
}
