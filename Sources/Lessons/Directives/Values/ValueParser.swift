/// A hand-written recursive-descent parser for option values.
///
/// Grammar (DESIGN.md, "Option values"):
///
///     value    = range | number | string | bool | call | word | array
///     array    = "[" [ value { "," value } [ "," ] ] "]"       (a trailing comma is allowed, as in Swift)
///     range    = number "..." number
///     call     = word "(" [ argument { "," argument } [ "," ] ] ")"
///     argument = [ word ":" ] value
///     word     = (letter | "_") { letter | digit | "-" | "_" }
///     number   = [ "-" ] digits [ "." digits ] [ ("e" | "E") [ "+" | "-" ] digits ]   (digits may contain "_")
///     string   = '"' { character | '\"' | '\\' | '\n' } '"'                          (on one line)
///
/// White space (spaces, tabs, the line breaks of continuation lines) may separate tokens.
/// Arrays and calls nest at most `maximumDepth` levels, so a pathological value is a
/// diagnostic rather than a stack overflow. The first error ends the parse.
public struct ValueParser {
    /// Deeper nesting is an error; real lessons need three or four levels.
    public static let maximumDepth = 32

    let text: LocatedText
    var index = 0

    /// Parses `text` as exactly one value.
    public static func parse(_ text: LocatedText) -> Result<Value, Diagnostic> {
        var parser = ValueParser(text: text)
        do throws(Diagnostic) {
            parser.skipSpace()
            if parser.atEnd {
                throw parser.error(at: parser.index, "expected a value", hint: Self.valueHint)
            }
            let value = try parser.parseValue(depth: 0)
            parser.skipSpace()
            if !parser.atEnd { throw parser.trailingError() }
            return .success(value)
        } catch {
            return .failure(error)
        }
    }

    /// Parses a single-line value starting at `location`.
    public static func parse(_ string: String, at location: SourceLocation) -> Result<Value, Diagnostic> {
        parse(LocatedText(string, at: location))
    }

    static let valueHint = "a value is a number, a \"string\", true/false, a word, an array [a, b], a range 1...5 or a call name(label: value)"

    // MARK: - Values

    mutating func parseValue(depth: Int) throws(Diagnostic) -> Value {
        guard let scalar = peek() else {
            throw error(at: index, "expected a value", hint: Self.valueHint)
        }
        switch scalar {
        case "[":
            return try parseArray(depth: depth + 1)
        case "\"":
            return try parseString()
        case "-", "0"..."9":
            let number = try parseNumber()
            return try parseRangeIfPresent(after: number)
        case _ where Self.isWordStart(scalar):
            return try parseWordOrCall(depth: depth)
        default:
            throw unexpected(at: index)
        }
    }

    mutating func parseArray(depth: Int) throws(Diagnostic) -> Value {
        let open = index
        try checkDepth(depth, at: open)
        let elements = try separated(from: open, closer: "]", what: "array") { (p: inout ValueParser) throws(Diagnostic) in
            try p.parseValue(depth: depth)
        }
        return Value(.array(elements), range: text.range(open, index))
    }

    /// The comma-separated items after the opener at `open`, up to and past `closer`.
    private mutating func separated<Item>(from open: Int, closer: Unicode.Scalar, what: String,
                                          _ item: (inout ValueParser) throws(Diagnostic) -> Item) throws(Diagnostic) -> [Item] {
        let opener = String(text.scalars[open])
        index = open + 1
        var items: [Item] = []
        while true {
            skipSpace()
            guard let scalar = peek() else { throw unclosed(open, opener, String(closer)) }
            if scalar == closer { break }
            items.append(try item(&self))
            skipSpace()
            guard let next = peek() else { throw unclosed(open, opener, String(closer)) }
            if next == "," { index += 1; continue }
            if next == closer { break }
            throw expectedSeparator(at: index, closer: String(closer), opener: open, in: what)
        }
        index += 1
        return items
    }

    mutating func parseWordOrCall(depth: Int) throws(Diagnostic) -> Value {
        let start = index
        let word = scanWord()
        let wordRange = text.range(start, index)
        if peek() != "(" {
            switch word {
            case "true": return Value(.bool(true), range: wordRange)
            case "false": return Value(.bool(false), range: wordRange)
            default: return Value(.word(word), range: wordRange)
            }
        }
        let open = index
        try checkDepth(depth + 1, at: open)
        let arguments = try separated(from: open, closer: ")", what: "argument list") { (p: inout ValueParser) throws(Diagnostic) in
            try p.parseArgument(depth: depth + 1)
        }
        let call = Call(name: word, nameRange: wordRange, arguments: arguments)
        return Value(.call(call), range: text.range(start, index))
    }

    mutating func parseArgument(depth: Int) throws(Diagnostic) -> Argument {
        if let scalar = peek(), Self.isWordStart(scalar) {
            let start = index
            let label = scanWord()
            let labelEnd = index
            skipSpace()
            if peek() == ":" {
                index += 1
                skipSpace()
                if atEnd || peek() == "," || peek() == ")" {
                    throw error(at: index, "expected a value after '\(label):'", hint: "write '\(label): value'")
                }
                let value = try parseValue(depth: depth)
                return Argument(label: label, labelRange: text.range(start, labelEnd), value: value)
            }
            index = start
        }
        return Argument(label: nil, labelRange: nil, value: try parseValue(depth: depth))
    }

    mutating func parseRangeIfPresent(after lower: Value) throws(Diagnostic) -> Value {
        guard peek() == ".", peek(1) == ".", peek(2) == "." else { return lower }
        index += 3
        guard let scalar = peek(), scalar == "-" || ("0"..."9").contains(scalar) else {
            throw error(at: index, "expected a number after '...'", hint: "a range is written lower...upper, such as 1...5")
        }
        let upper = try parseNumber()
        return Value(.range(lower: lower, upper: upper), range: SourceRange(start: lower.range.start, end: upper.range.end))
    }

    // MARK: - Scanning helpers

    var atEnd: Bool { index >= text.count }

    func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        let position = index + offset
        return position < text.count ? text.scalars[position] : nil
    }

    mutating func skipSpace() {
        while let scalar = peek(), scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" {
            index += 1
        }
    }

    mutating func scanWord() -> String {
        let start = index
        while let scalar = peek(), Self.isWordPart(scalar) { index += 1 }
        return text.string(start, index)
    }

    static func isWordStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar.properties.isAlphabetic
    }

    static func isWordPart(_ scalar: Unicode.Scalar) -> Bool {
        isWordStart(scalar) || ("0"..."9").contains(scalar) || scalar == "-"
    }

    func checkDepth(_ depth: Int, at position: Int) throws(Diagnostic) {
        if depth > Self.maximumDepth {
            throw error(at: position, "nesting too deep (more than \(Self.maximumDepth) levels of [ ] and ( ))",
                        hint: "lesson values need only a few levels; flatten this value")
        }
    }
}
