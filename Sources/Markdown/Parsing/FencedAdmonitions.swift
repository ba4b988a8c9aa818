/// Turns ```` ```{note} ```` fenced blocks into admonitions: their body is
/// parsed as Markdown and placed back at its lines in the lesson.
enum FencedAdmonitions {
    /// `blocks` with every admonition block (at any depth) expanded; problems
    /// inside the bodies go to `problems`.
    static func expand(_ blocks: [Block], _ problems: inout [Document.Problem]) -> [Block] {
        blocks.map { expand($0, &problems) }
    }

    static func expand(_ block: Block, _ problems: inout [Document.Problem]) -> Block {
        switch block {
        case .codeBlock(let code):
            guard code.isFenced, let (kind, title) = header(code.info) else { return block }
            return .admonition(admonition(kind, title: title, code, &problems))
        case .blockQuote(let inner): return .blockQuote(expand(inner, &problems))
        case .list(var list):
            list.items = list.items.map { List.Item(content: expand($0.content, &problems), task: $0.task) }
            return .list(list)
        case .footnoteDefinition(let label, let inner): return .footnoteDefinition(label: label, content: expand(inner, &problems))
        case .admonition(var admonition):
            admonition.blocks = expand(admonition.blocks, &problems)
            return .admonition(admonition)
        case .heading, .paragraph, .html, .thematicBreak, .table: return block
        }
    }

    /// `{note}` or `{note} A title`; nil for any other info string.
    static func header(_ info: String) -> (Admonition.Kind, String?)? {
        let trimmed = info.drop { $0 == " " || $0 == "\t" }
        guard trimmed.hasPrefix("{"), let close = trimmed.firstIndex(of: "}"),
              let kind = Admonition.Kind(rawValue: String(trimmed[trimmed.index(after: trimmed.startIndex)..<close])) else { return nil }
        let title = trimmed[trimmed.index(after: close)...].trimmingCharacters(in: [" ", "\t"])
        return (kind, title.isEmpty ? nil : title)
    }

    static func admonition(_ kind: Admonition.Kind, title: String?, _ code: CodeBlock,
                           _ problems: inout [Document.Problem]) -> Admonition {
        var lines = code.lines
        // MyST's :class: and :name: options: not supported, so say so rather than print them.
        while let first = lines.first, isOptionLine(first.text) {
            problems.append(.init(position: first.position, message: "a \(kind.rawValue) takes no options; '\(first.text)' is ignored",
                                  hint: "remove the line; write the text of the \(kind.rawValue) below the fence", severity: .warning))
            lines.removeFirst()
        }
        let body = lines.map(\.text).joined(separator: "\n")
        let parsed = MarkdownParser.parse(body)
        let place: (SourcePosition) -> SourcePosition = { position in
            guard !lines.isEmpty else { return code.infoPosition }
            let line = lines[min(max(position.line, 1), lines.count) - 1].position
            return SourcePosition(line: line.line, column: line.column + position.column - 1)
        }
        for var problem in parsed.problems {
            problem.position = place(problem.position)
            problems.append(problem)
        }
        var position = code.infoPosition
        position.column = max(1, position.column)
        return Admonition(kind: kind, title: title, blocks: parsed.blocks.map { $0.relocated(place) }, position: position)
    }

    static func isOptionLine(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.first == ":", scalars.count > 2, scalars[1].properties.isAlphabetic else { return false }
        return scalars.dropFirst().contains(":")
    }
}

extension Substring {
    func trimmingCharacters(in set: Set<Character>) -> String {
        var s = self
        while let first = s.first, set.contains(first) { s = s.dropFirst() }
        while let last = s.last, set.contains(last) { s = s.dropLast() }
        return String(s)
    }
}
