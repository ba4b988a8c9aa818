/// Splits a directive's fenced block into kind, argument, options and caption.
///
/// Layout (MyST style): the info string is `{kind} argument`; the body starts with
/// `:key: value` lines, each value possibly continued on following lines that are
/// indented by at least one space or tab; the first other line starts the caption,
/// which runs to the end. A blank line also ends the options. A `:key:` line after
/// the caption has started is an error, since it would otherwise silently become prose.
/// `:alt:` takes prose without quotes (a quoted string works too).
public enum BlockParser {
    /// The block's parts and every syntax error in it. Nil when the info string
    /// itself is unusable (then there is at least one error).
    public static func parse(_ block: FencedBlock) -> (directive: RawDirective?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard let header = parseInfo(block.info, at: block.infoLocation, into: &diagnostics) else {
            return (nil, diagnostics)
        }
        var options: [RawOption] = []
        var index = 0
        let lines = block.lines
        while index < lines.count, isBlank(lines[index].text) { index += 1 }
        while index < lines.count, lines[index].text.unicodeScalars.first == ":" {
            var end = index + 1
            while end < lines.count, isContinuation(lines[end].text) { end += 1 }
            if let option = parseOption(lines[index..<end], into: &diagnostics) {
                if let first = options.first(where: { $0.key == option.key }) {
                    diagnostics.append(.duplicate("option '\(option.key)'", at: option.keyRange, first: first.keyRange,
                                                  firstIs: "'\(option.key)' was first given here",
                                                  hint: "give each option once; remove one of them"))
                } else {
                    options.append(option)
                }
            }
            index = end
        }
        while index < lines.count, isBlank(lines[index].text) { index += 1 }
        var captionLines = Array(lines[index...])
        while let last = captionLines.last, isBlank(last.text) { captionLines.removeLast() }
        for line in captionLines where looksLikeOption(line.text) {
            diagnostics.append(.error(at: line.location, "option line after the caption has started",
                                      hint: "put options at the top of the block, with no blank line or text before them"))
        }
        let caption = captionLines.isEmpty ? nil : Caption(lines: captionLines)
        let directive = RawDirective(kind: header.kind, kindRange: header.kindRange, argument: header.argument,
                                     argumentRange: header.argumentRange, options: options, caption: caption)
        return (directive, diagnostics)
    }

    static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0 == " " || $0 == "\t" }
    }

    static func isContinuation(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first == " " || first == "\t" else { return false }
        return !isBlank(text)
    }

    /// `:word:` at the start of a line.
    static func looksLikeOption(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.first == ":", scalars.count > 2 else { return false }
        var index = 1
        while index < scalars.count, ValueParser.isWordPart(scalars[index]) { index += 1 }
        return index > 1 && index < scalars.count && scalars[index] == ":"
    }
}
