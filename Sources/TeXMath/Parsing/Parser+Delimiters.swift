extension Parser {
    /// The delimiter after `\left`, `\right`, `\middle` or `\big`; `""` for `.`.
    mutating func readDelimiter(after token: Token) throws(MathError) -> String {
        guard let next = try stream.peekSkippingSpaces(), let delimiter = Delimiters.delimiter(for: next.kind) else {
            throw stream.error(.missingDelimiter, "missing delimiter after '\(token.kind.texSpelling)'",
                               hint: "write a delimiter such as ( [ \\{ | or . for none", at: token)
        }
        _ = stream.nextRaw()
        return delimiter
    }

    /// `\left( … \right)` as a row whose fences stretch to the content.
    mutating func leftRightNode(left: Token) throws(MathError) -> MathNode {
        let open = try readDelimiter(after: left)
        let (nodes, end) = try parseList(.left(left))
        guard case .right(let right) = end else {
            throw stream.error(.leftWithoutRight, "'\\left' has no matching '\\right'", at: left)
        }
        let close = try readDelimiter(after: right)
        var row: [MathNode] = []
        if !open.isEmpty { row.append(.op(open, OperatorAttributes(stretchy: true, fence: true, form: "prefix"))) }
        row.append(contentsOf: nodes)
        if !close.isEmpty { row.append(.op(close, OperatorAttributes(stretchy: true, fence: true, form: "postfix"))) }
        return .row(row)
    }
}
