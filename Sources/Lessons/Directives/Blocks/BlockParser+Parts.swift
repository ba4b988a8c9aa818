extension BlockParser {
    struct Header {
        var kind: String
        var kindRange: SourceRange
        var argument: String?
        var argumentRange: SourceRange?
    }

    /// `{kind} argument`.
    static func parseInfo(_ info: String, at location: SourceLocation, into diagnostics: inout [Diagnostic]) -> Header? {
        let scalars = Array(info.unicodeScalars)
        var index = 0
        while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
        guard index < scalars.count, scalars[index] == "{" else {
            diagnostics.append(.error(at: location.advanced(by: index), "a directive's info string starts with '{kind}'",
                                      hint: "write ```{experiment} name"))
            return nil
        }
        let open = index
        index += 1
        let kindStart = index
        while index < scalars.count, ValueParser.isWordPart(scalars[index]) { index += 1 }
        let kind = string(scalars[kindStart..<index])
        guard index < scalars.count, scalars[index] == "}" else {
            let found = index < scalars.count ? "'\(ValueParser.show(scalars[index]))'" : "the end of the line"
            diagnostics.append(.error(at: location.advanced(by: index), "expected '}' after the directive kind, found \(found)",
                                      hint: "write the kind in braces: {experiment}"))
            return nil
        }
        if kind.isEmpty {
            diagnostics.append(.error(at: location.advanced(by: open), "missing directive kind in '{}'",
                                      hint: "write a kind such as {experiment}", length: 2))
            return nil
        }
        let kindRange = SourceRange(location.advanced(by: kindStart), length: index - kindStart)
        index += 1
        while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
        var end = scalars.count
        while end > index, scalars[end - 1] == " " || scalars[end - 1] == "\t" { end -= 1 }
        guard end > index else { return Header(kind: kind, kindRange: kindRange) }
        return Header(kind: kind, kindRange: kindRange, argument: string(scalars[index..<end]),
                      argumentRange: SourceRange(location.advanced(by: index), length: end - index))
    }

    /// `:key: value` with its continuation lines; nil (and an error) when malformed.
    static func parseOption(_ lines: ArraySlice<SourceLine>, into diagnostics: inout [Diagnostic]) -> RawOption? {
        guard let first = lines.first else { return nil }
        let scalars = Array(first.text.unicodeScalars)
        var index = 1
        guard index < scalars.count, ValueParser.isWordStart(scalars[index]) else {
            let found = index < scalars.count ? "'\(ValueParser.show(scalars[index]))'" : "the end of the line"
            diagnostics.append(.error(at: first.location.advanced(by: index), "malformed option line: expected an option name after ':', found \(found)",
                                      hint: "write an option as ':name: value'"))
            return nil
        }
        while index < scalars.count, ValueParser.isWordPart(scalars[index]) { index += 1 }
        let key = string(scalars[1..<index])
        let keyRange = SourceRange(first.location.advanced(by: 1), length: index - 1)
        guard index < scalars.count, scalars[index] == ":" else {
            let found = index < scalars.count ? "'\(ValueParser.show(scalars[index]))'" : "the end of the line"
            diagnostics.append(.error(at: first.location.advanced(by: index), "malformed option line: expected ':' after the option name '\(key)', found \(found)",
                                      hint: "write ':\(key): value'"))
            return nil
        }
        index += 1
        var pieces: [(text: Substring, start: SourceLocation)] = []
        let rest = string(scalars[index...])
        pieces.append((Substring(rest), first.location.advanced(by: index)))
        for line in lines.dropFirst() { pieces.append((Substring(line.text), line.location)) }
        let text = LocatedText(pieces: pieces)
        if text.scalars.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" }) {
            diagnostics.append(.error(at: first.location.advanced(by: index), "option '\(key)' has no value",
                                      hint: "write ':\(key): value'"))
            return RawOption(key: key, keyRange: keyRange, value: nil)
        }
        if expressionKeys.contains(key) {
            switch ClaimParser.parse(text) {
            case .success(let expression):
                return RawOption(key: key, keyRange: keyRange, value: Value(.expression(expression), range: expression.range))
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
                return RawOption(key: key, keyRange: keyRange, value: nil)
            }
        }
        if rawTextKeys.contains(key), let value = rawText(text) {
            return RawOption(key: key, keyRange: keyRange, value: value)
        }
        switch ValueParser.parse(text) {
        case .success(let value):
            return RawOption(key: key, keyRange: keyRange, value: value)
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return RawOption(key: key, keyRange: keyRange, value: nil)
        }
    }

    /// Options whose value is prose: written without quotes, as MyST authors write them.
    static let rawTextKeys: Set<String> = ["alt"]

    /// Options whose value is a claim expression, with comparison and arithmetic operators.
    static let expressionKeys: Set<String> = ["holds"]

    /// The text of a prose option as a string value, lines joined by single spaces;
    /// nil when it starts with a quote (then it is an ordinary string literal).
    static func rawText(_ text: LocatedText) -> Value? {
        guard let start = text.scalars.firstIndex(where: { $0 != " " && $0 != "\t" && $0 != "\n" }),
              text.scalars[start] != "\"" else { return nil }
        var end = text.count
        while end > start, [" ", "\t", "\n"].contains(text.scalars[end - 1]) { end -= 1 }
        let words = text.string(start, end).split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
        return Value(.string(words.joined(separator: " ")), range: text.range(start, end))
    }

    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}
