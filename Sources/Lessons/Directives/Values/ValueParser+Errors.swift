extension ValueParser {
    func error(at position: Int, _ message: String, hint: String? = nil, length: Int = 1) -> Diagnostic {
        .error(at: text.location(at: position), message, hint: hint, length: length)
    }

    /// A character that cannot start a value.
    func unexpected(at position: Int) -> Diagnostic {
        let scalar = position < text.count ? text.scalars[position] : " "
        switch scalar {
        case "'":
            return error(at: position, "unexpected character '''", hint: "strings use double quotes: \"text\"")
        case "]", ")", "}":
            return error(at: position, "unexpected '\(scalar)'", hint: "it closes nothing: there is no matching '\(scalar == "]" ? "[" : scalar == ")" ? "(" : "{")' before it")
        case ".":
            return error(at: position, "unexpected character '.'", hint: "write numbers with a leading digit, such as 0.5")
        case "+":
            return error(at: position, "unexpected character '+'", hint: "there is no arithmetic; write positive numbers without '+'")
        default:
            return error(at: position, "unexpected character '\(Self.show(scalar))'", hint: Self.valueHint)
        }
    }

    /// Text left over after a complete value.
    func trailingError() -> Diagnostic {
        guard let scalar = peek() else { return error(at: index, "expected the end of the value") }
        switch scalar {
        case "]", ")":
            return error(at: index, "unexpected '\(scalar)'", hint: "it closes nothing: there is no matching '\(scalar == "]" ? "[" : "(")' before it")
        case ",":
            return error(at: index, "unexpected ',' after the value", hint: "write a list of values in brackets: [a, b]")
        case "(":
            return error(at: index, "unexpected '('", hint: "only a word can be called, and with no space before '(': name(label: value)")
        default:
            return error(at: index, "unexpected '\(Self.show(scalar))' after the value",
                         hint: "an option takes one value; write a list in brackets: [a, b]")
        }
    }

    /// An opening bracket or parenthesis that the input never closes.
    func unclosed(_ open: Int, _ opener: String, _ closer: String) -> Diagnostic {
        error(at: open, "'\(opener)' is never closed", hint: "add '\(closer)' after the last element")
    }

    /// Something other than `,` or the closer after an element.
    func expectedSeparator(at position: Int, closer: String, opener: Int, in what: String) -> Diagnostic {
        let scalar = text.scalars[position]
        let openLocation = text.location(at: opener)
        if scalar == "]" || scalar == ")" {
            return error(at: position, "expected ',' or '\(closer)' in the \(what), got '\(scalar)'",
                         hint: "'\(scalar)' does not match the '\(closer == "]" ? "[" : "(")' at \(openLocation.line):\(openLocation.column)")
        }
        return error(at: position, "expected ',' or '\(closer)' in the \(what), got '\(Self.show(scalar))'",
                     hint: "separate elements with commas")
    }

    /// A character as it can be shown in a message: control characters escaped.
    static func show(_ scalar: Unicode.Scalar) -> String {
        if scalar == "\n" { return "\\n" }
        if scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format {
            return "\\u{" + String(scalar.value, radix: 16) + "}"
        }
        return String(scalar)
    }
}
