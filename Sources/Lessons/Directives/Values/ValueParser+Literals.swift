extension ValueParser {
    /// A number: an `.integer` when it has neither fraction nor exponent, else a `.number`.
    mutating func parseNumber() throws(Diagnostic) -> Value {
        let start = index
        if peek() == "-" {
            index += 1
            guard let scalar = peek(), ("0"..."9").contains(scalar) else {
                throw error(at: start, "expected a digit after '-'", hint: "there is no arithmetic; write a number such as -2")
            }
        }
        scanDigits()
        var isInteger = true
        if peek() == ".", peek(1) != "." {
            guard let digit = peek(1), ("0"..."9").contains(digit) else {
                throw error(at: index, "expected a digit after '.'", hint: "write a number such as 1.0, or a range such as 1...5")
            }
            isInteger = false
            index += 1
            scanDigits()
        } else if peek() == ".", peek(1) == ".", peek(2) == "<" {
            throw error(at: index, "half-open ranges are not supported", hint: "write a closed range such as 1...5", length: 3)
        } else if peek() == ".", peek(1) == ".", peek(2) != "." {
            throw error(at: index, "'..' is not an operator", hint: "write a closed range with three dots: 1...5", length: 2)
        }
        if let scalar = peek(), scalar == "e" || scalar == "E" {
            isInteger = false
            let exponent = index
            index += 1
            if let sign = peek(), sign == "+" || sign == "-" { index += 1 }
            guard let digit = peek(), ("0"..."9").contains(digit) else {
                throw error(at: exponent, "expected digits in the exponent", hint: "write an exponent such as 1e-3")
            }
            scanDigits()
        }
        if let scalar = peek(), Self.isWordPart(scalar) {
            throw error(at: index, "unexpected character '\(Self.show(scalar))' after a number",
                        hint: "a number is written like 32, -2, 0.003 or 1e-3; a word cannot start with a digit")
        }
        let literal = text.string(start, index)
        let digits = literal.filter { $0 != "_" }
        let range = text.range(start, index)
        if isInteger {
            guard let value = Int(digits) else {
                throw error(at: start, "integer '\(literal)' is too large", hint: "integers lie between \(Int.min) and \(Int.max)", length: index - start)
            }
            return Value(.integer(value), range: range)
        }
        guard let value = Double(digits), value.isFinite else {
            throw error(at: start, "number '\(literal)' is out of range", hint: "numbers must be finite, below about 1.8e308 in magnitude", length: index - start)
        }
        return Value(.number(value), range: range)
    }

    /// Digits, with `_` allowed between them as in Swift (`1_000`).
    mutating func scanDigits() {
        while let scalar = peek(), ("0"..."9").contains(scalar) || (scalar == "_" && peek(1).map { ("0"..."9").contains($0) } == true) {
            index += 1
        }
    }

    /// A double-quoted string on one line, with the escapes `\"`, `\\` and `\n`.
    mutating func parseString() throws(Diagnostic) -> Value {
        let open = index
        index += 1
        var result = String.UnicodeScalarView()
        while true {
            guard let scalar = peek(), scalar != "\n" else {
                throw error(at: open, "unterminated string", hint: "close the string with '\"' on the same line")
            }
            index += 1
            switch scalar {
            case "\"":
                return Value(.string(String(result)), range: text.range(open, index))
            case "\\":
                guard let escaped = peek(), escaped != "\n" else {
                    throw error(at: open, "unterminated string", hint: "close the string with '\"' on the same line")
                }
                switch escaped {
                case "\"": result.append("\"")
                case "\\": result.append("\\")
                case "n": result.append("\n")
                default:
                    throw error(at: index - 1, "unknown escape sequence '\\\(Self.show(escaped))' in a string",
                                hint: "strings know the escapes \\\", \\\\ and \\n", length: 2)
                }
                index += 1
            default:
                result.append(scalar)
            }
        }
    }
}
