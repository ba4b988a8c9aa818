/// A recursive-descent parser for claim expressions (grammar in ``ClaimExpression``).
///
/// Nesting is bounded by ``maximumDepth`` so that a pathological expression is a
/// located error, not a stack overflow. The first error ends the parse.
public struct ClaimParser {
    public static let maximumDepth = 32

    private let text: LocatedText
    private var index = 0

    private init(text: LocatedText) {
        self.text = text
    }

    /// Parses `text` as exactly one expression.
    public static func parse(_ text: LocatedText) -> Result<ClaimExpression, Diagnostic> {
        var parser = ClaimParser(text: text)
        do throws(Diagnostic) {
            let expression = try parser.expression(depth: 0)
            parser.skipSpace()
            if let scalar = parser.peek() {
                throw parser.error(at: parser.index, "unexpected '\(ValueParser.show(scalar))' after the expression",
                                   hint: "join conditions with 'and' or 'or'")
            }
            return .success(expression)
        } catch {
            return .failure(error)
        }
    }

    static let hint = "a claim compares numbers: median(steps(\"bias 3\")) < median(steps(\"bias 0\")) and solved(\"bias 3\") >= 8"

    // MARK: Precedence levels

    private mutating func expression(depth: Int) throws(Diagnostic) -> ClaimExpression {
        guard depth < Self.maximumDepth else {
            throw error(at: index, "the expression nests more than \(Self.maximumDepth) levels deep",
                        hint: "split the claim into several claims")
        }
        return try or(depth: depth + 1)
    }

    private mutating func or(depth: Int) throws(Diagnostic) -> ClaimExpression {
        try chain("or", .or, depth: depth) { (p: inout ClaimParser, d) throws(Diagnostic) in try p.and(depth: d) }
    }

    private mutating func and(depth: Int) throws(Diagnostic) -> ClaimExpression {
        try chain("and", .and, depth: depth) { (p: inout ClaimParser, d) throws(Diagnostic) in try p.not(depth: d) }
    }

    /// `operand (word operand)*`, grouped from the left: `a or b or c` is `(a or b) or c`.
    private mutating func chain(_ word: String, _ op: ClaimOperator, depth: Int,
                                _ operand: (inout ClaimParser, Int) throws(Diagnostic) -> ClaimExpression) throws(Diagnostic) -> ClaimExpression {
        var lhs = try operand(&self, depth)
        while keyword(word) {
            let rhs = try operand(&self, depth)
            lhs = ClaimExpression(.binary(op, lhs, rhs), range: join(lhs.range, rhs.range))
        }
        return lhs
    }

    private mutating func not(depth: Int) throws(Diagnostic) -> ClaimExpression {
        skipSpace()
        let start = index
        if keyword("not") {
            let inner = try nested(depth) { (p: inout ClaimParser, d) throws(Diagnostic) in try p.not(depth: d) }
            return ClaimExpression(.not(inner), range: join(text.range(start, start + 3), inner.range))
        }
        return try comparison(depth: depth)
    }

    private mutating func comparison(depth: Int) throws(Diagnostic) -> ClaimExpression {
        let lhs = try sum(depth: depth)
        skipSpace()
        let operators: [ClaimOperator] = [.lessOrEqual, .greaterOrEqual, .equal, .notEqual, .less, .greater]
        guard let op = operators.first(where: { symbol($0.rawValue) }) else { return lhs }
        let rhs = try sum(depth: depth)
        return ClaimExpression(.binary(op, lhs, rhs), range: join(lhs.range, rhs.range))
    }

    private mutating func sum(depth: Int) throws(Diagnostic) -> ClaimExpression {
        try leftAssociative([.plus, .minus], depth: depth) { (p: inout ClaimParser, d) throws(Diagnostic) in try p.product(depth: d) }
    }

    private mutating func product(depth: Int) throws(Diagnostic) -> ClaimExpression {
        try leftAssociative([.times, .divided], depth: depth) { (p: inout ClaimParser, d) throws(Diagnostic) in try p.unary(depth: d) }
    }

    /// `operand { op operand }`, grouped from the left.
    private mutating func leftAssociative(
        _ operators: [ClaimOperator], depth: Int,
        _ operand: (inout ClaimParser, Int) throws(Diagnostic) -> ClaimExpression
    ) throws(Diagnostic) -> ClaimExpression {
        var lhs = try operand(&self, depth)
        while true {
            skipSpace()
            guard let op = operators.first(where: { symbol($0.rawValue) }) else { return lhs }
            let rhs = try operand(&self, depth)
            lhs = ClaimExpression(.binary(op, lhs, rhs), range: join(lhs.range, rhs.range))
        }
    }

    private mutating func unary(depth: Int) throws(Diagnostic) -> ClaimExpression {
        skipSpace()
        let start = index
        if peek() == "-", let next = peek(1), !("0"..."9").contains(next) {
            index += 1
            let inner = try nested(depth) { (p: inout ClaimParser, d) throws(Diagnostic) in try p.unary(depth: d) }
            return ClaimExpression(.negate(inner), range: join(text.range(start, start + 1), inner.range))
        }
        return try primary(depth: depth)
    }

    /// Runs `body` one level deeper, so chains of prefix operators are bounded too.
    private mutating func nested(_ depth: Int, _ body: (inout ClaimParser, Int) throws(Diagnostic) -> ClaimExpression) throws(Diagnostic) -> ClaimExpression {
        guard depth < Self.maximumDepth else {
            throw error(at: index, "the expression nests more than \(Self.maximumDepth) levels deep",
                        hint: "split the claim into several claims")
        }
        return try body(&self, depth + 1)
    }

    // MARK: Primaries

    private mutating func primary(depth: Int) throws(Diagnostic) -> ClaimExpression {
        skipSpace()
        let start = index
        guard let scalar = peek() else {
            throw error(at: index, "expected a number, a call or '(' here, found the end of the expression", hint: Self.hint)
        }
        switch scalar {
        case "(":
            index += 1
            let inner = try expression(depth: depth + 1)
            skipSpace()
            guard symbol(")") else { throw error(at: index, "expected ')'", hint: "close the parenthesis opened here") }
            return ClaimExpression(inner.kind, range: text.range(start, index))
        case "\"":
            return try string()
        case "-", "0"..."9", ".":
            return try number()
        default:
            guard ValueParser.isWordStart(scalar) else {
                throw error(at: index, "unexpected '\(ValueParser.show(scalar))'", hint: Self.hint)
            }
            let name = word()
            skipSpace()
            guard symbol("(") else { return ClaimExpression(.word(name), range: text.range(start, start + name.unicodeScalars.count)) }
            let arguments = try arguments(depth: depth)
            return ClaimExpression(.call(name: name, arguments: arguments), range: text.range(start, index))
        }
    }

    private mutating func arguments(depth: Int) throws(Diagnostic) -> [ClaimArgument] {
        var arguments: [ClaimArgument] = []
        skipSpace()
        if symbol(")") { return arguments }
        while true {
            skipSpace()
            var label: String?
            let save = index
            if let scalar = peek(), ValueParser.isWordStart(scalar) {
                let word = word()
                skipSpace()
                if peek() == ":" {
                    index += 1
                    label = word
                } else {
                    index = save
                }
            }
            arguments.append(ClaimArgument(label: label, value: try expression(depth: depth + 1)))
            skipSpace()
            if symbol(")") { return arguments }
            guard symbol(",") else {
                throw error(at: index, "expected ',' or ')' in the argument list", hint: "separate arguments with commas")
            }
        }
    }

    private mutating func number() throws(Diagnostic) -> ClaimExpression {
        let start = index
        if peek() == "-" { index += 1 }
        while let scalar = peek(), ("0"..."9").contains(scalar) || scalar == "_" || scalar == "." { index += 1 }
        if let scalar = peek(), scalar == "e" || scalar == "E" {
            index += 1
            if let sign = peek(), sign == "+" || sign == "-" { index += 1 }
            while let scalar = peek(), ("0"..."9").contains(scalar) { index += 1 }
        }
        let literal = text.string(start, index).filter { $0 != "_" }
        guard let value = Double(literal), value.isFinite else {
            throw error(at: start, "'\(literal)' is not a number", hint: "write a number such as 3, 0.5 or 1e-3",
                        length: max(1, index - start))
        }
        return ClaimExpression(.number(value), range: text.range(start, index))
    }

    private mutating func string() throws(Diagnostic) -> ClaimExpression {
        let start = index
        index += 1
        var view = String.UnicodeScalarView()
        while let scalar = peek(), scalar != "\"", scalar != "\n" {
            if scalar == "\\", let next = peek(1) {
                view.append(next == "n" ? "\n" : next)
                index += 2
            } else {
                view.append(scalar)
                index += 1
            }
        }
        guard peek() == "\"" else {
            throw error(at: start, "unterminated string", hint: "close the string with '\"' on the same line")
        }
        index += 1
        return ClaimExpression(.string(String(view)), range: text.range(start, index))
    }

    // MARK: Tokens

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        index + offset < text.count ? text.scalars[index + offset] : nil
    }

    private mutating func skipSpace() {
        while let scalar = peek(), scalar == " " || scalar == "\t" || scalar == "\n" { index += 1 }
    }

    /// A word of letters, digits and '_' (no '-', which is subtraction here).
    private mutating func word() -> String {
        let start = index
        while let scalar = peek(), ValueParser.isWordPart(scalar), scalar != "-" { index += 1 }
        return text.string(start, index)
    }

    /// Consumes `symbol` if it is next (after space).
    private mutating func symbol(_ symbol: String) -> Bool {
        skipSpace()
        let scalars = Array(symbol.unicodeScalars)
        for (offset, scalar) in scalars.enumerated() where peek(offset) != scalar { return false }
        index += scalars.count
        return true
    }

    /// Consumes the keyword `word` if it is next as a whole word.
    private mutating func keyword(_ word: String) -> Bool {
        skipSpace()
        let save = index
        let scalars = Array(word.unicodeScalars)
        for (offset, scalar) in scalars.enumerated() where peek(offset) != scalar { return false }
        if let after = peek(scalars.count), ValueParser.isWordPart(after), after != "-" { return false }
        index = save + scalars.count
        return true
    }

    private func join(_ a: SourceRange, _ b: SourceRange) -> SourceRange {
        SourceRange(start: a.start, end: b.end)
    }

    private func error(at position: Int, _ message: String, hint: String, length: Int = 1) -> Diagnostic {
        .error(at: text.location(at: position), message, hint: hint, length: length)
    }
}
