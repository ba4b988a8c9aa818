/// TeX's thin spaces around named functions: `\sin x`, `a \log b`, but `\sin(x)`.
///
/// The function application operator (U+2061) after a name has no spacing in Core's
/// operator dictionary, so the converter adds the thin spaces TeX puts between an
/// operator atom and an ordinary one.
enum FunctionSpacing {
    static let thinSpace = MathNode.space(0.1667)
    static let application = "\u{2061}"

    /// Opening symbols right after which a function's argument needs no space.
    static let openers: Set<String> = ["(", "[", "{", "\u{27E8}", "|", "\u{2016}", "\u{230A}", "\u{2308}", "\u{27EE}"]

    static func space(_ nodes: [MathNode]) -> [MathNode] {
        guard nodes.contains(where: isApplication) else { return nodes }
        var result: [MathNode] = []
        for (index, node) in nodes.enumerated() {
            if index + 1 < nodes.count, isApplication(nodes[index + 1]), let previous = result.last, isOrdinary(previous) {
                result.append(thinSpace)
            }
            result.append(node)
            if isApplication(node), index + 1 < nodes.count, !startsWithOpener(nodes[index + 1]) {
                result.append(thinSpace)
            }
        }
        return result
    }

    private static func isApplication(_ node: MathNode) -> Bool {
        if case .op(application, _) = node { return true }
        return false
    }

    /// Whether TeX would treat the node as an ordinary or closing atom, which a function name is spaced from.
    private static func isOrdinary(_ node: MathNode) -> Bool {
        switch node {
        case .op(let symbol, _): return UnaryOperators.closing.contains(symbol)
        case .space: return false
        default: return true
        }
    }

    private static func startsWithOpener(_ node: MathNode) -> Bool {
        switch node {
        case .op(let symbol, _): return openers.contains(symbol) || !UnaryOperators.closing.contains(symbol)
        case .row(let children): return children.first.map(startsWithOpener) ?? false
        case .scripts(let base, _, _, _): return startsWithOpener(base)
        case .space: return true
        default: return false
        }
    }
}
