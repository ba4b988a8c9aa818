import Testing
@testable import Markdown

@Suite struct MarkdownParserTests {
    func inlines(_ source: String) -> [Inline] {
        guard case .paragraph(let content)? = MarkdownParser.parse(source).blocks.first else { return [] }
        return content
    }

    func maths(_ content: [Inline]) -> [MathSpan] {
        content.compactMap { if case .math(let m) = $0 { m } else { nil } }
    }

    @Test func mathIsNotEmphasis() {
        let content = inlines("$a*b$ and $c*d$")
        #expect(maths(content).map(\.tex) == ["a*b", "c*d"])
        #expect(content.contains(.text(" and ")))
        #expect(!content.contains { if case .emphasis = $0 { true } else { false } })
    }

    @Test func subscriptsAreNotEmphasis() {
        let content = inlines("$x_1$ and $y_1$ with _real_ emphasis")
        #expect(maths(content).map(\.tex) == ["x_1", "y_1"])
        #expect(content.contains(.emphasis([.text("real")])))
    }

    @Test func mathKeepsBackslashesAndBraces() {
        let content = inlines(#"Let $\h_\tp = \{1\}$ hold."#)
        #expect(maths(content).first?.tex == #"\h_\tp = \{1\}"#)
        #expect(maths(content).first?.position == SourcePosition(line: 1, column: 6))
    }

    @Test func escapedDollarIsLiteral() {
        let content = inlines(#"It costs \$5, or \$6."#)
        #expect(maths(content).isEmpty)
        #expect(content.plainText == "It costs $5, or $6.")
    }

    @Test func pricesAreNotMath() {
        #expect(maths(inlines("between $5 and $6 today")).isEmpty)
    }

    @Test func displayMathOverLines() {
        let source = "Before\n\n$$\n\\begin{array}{ll}\n a & b \\\\\n\n c & d\n\\end{array}\n$$\n\nAfter"
        let doc = MarkdownParser.parse(source)
        #expect(doc.blocks.count == 3)
        guard case .paragraph(let content) = doc.blocks[1] else {
            Issue.record("expected a paragraph holding the display math")
            return
        }
        let math = maths(content)
        #expect(math.count == 1)
        #expect(math.first?.display == true)
        #expect(math.first?.tex == "\n\\begin{array}{ll}\n a & b \\\\\n\n c & d\n\\end{array}\n")
        #expect(math.first?.position == SourcePosition(line: 3, column: 3))
    }

    @Test func unclosedDisplayMathIsAProblem() {
        let doc = MarkdownParser.parse("text\n\n$$ x = 1\n\nmore")
        #expect(doc.problems.first?.position == SourcePosition(line: 3, column: 1))
        #expect(doc.problems.first?.message == "display math '$$' is never closed")
    }

    @Test func mathInCodeIsCode() {
        #expect(inlines("`$a*b$`") == [.code("$a*b$")])
        let doc = MarkdownParser.parse("```\n$x$\n```")
        guard case .codeBlock(let code)? = doc.blocks.first else {
            Issue.record("expected code")
            return
        }
        #expect(code.code == "$x$\n")
    }

    @Test func roles() {
        let content = inlines("See {numref}`forget-bias` and {result}`fb/lstm · forgetBias 1/finalLoss`.")
        let roles = content.compactMap { if case .role(let r) = $0 { r } else { nil } }
        #expect(roles.map(\.name) == ["numref", "result"])
        #expect(roles.map(\.content) == ["forget-bias", "fb/lstm · forgetBias 1/finalLoss"])
        #expect(roles[0].position == SourcePosition(line: 1, column: 5))
        #expect(roles[1].contentPosition == SourcePosition(line: 1, column: 40))
    }

    @Test func tablesWithAlignment() {
        let doc = MarkdownParser.parse("| a | b | c |\n|:--|:-:|--:|\n| 1 | $x*y$ | 3 |\n")
        guard case .table(let table)? = doc.blocks.first else {
            Issue.record("expected a table")
            return
        }
        #expect(table.alignments == [.left, .center, .right])
        #expect(table.header.map(\.plainText) == ["a", "b", "c"])
        #expect(table.rows.count == 1)
        #expect(maths(table.rows[0][1]).first?.tex == "x*y")
    }

    @Test func strikethroughAutolinkTasksFootnotes() {
        let doc = MarkdownParser.parse("~~old~~ www.example.com and x[^n]\n\n- [x] done\n- [ ] todo\n\n[^n]: A note.\n")
        guard case .paragraph(let content) = doc.blocks[0], case .list(let list) = doc.blocks[1] else {
            Issue.record("unexpected blocks \(doc.blocks)")
            return
        }
        #expect(content.first == .strikethrough([.text("old")]))
        #expect(content.contains { if case .link(let d, _, _) = $0 { d == "http://www.example.com" } else { false } })
        #expect(content.contains(.footnoteReference(label: "1")))
        #expect(list.items.map(\.task) == [true, false])
        #expect(doc.blocks.last == .footnoteDefinition(label: "1", content: [.paragraph([.text("A note.")])]))
    }

    @Test func fencedBlockPositions() {
        let source = "# Title\n\n```{experiment} demo\n:steps: 10\n  more\n```\n"
        let doc = MarkdownParser.parse(source)
        #expect(doc.blocks.first == .heading(level: 1, content: [.text("Title")], position: SourcePosition(line: 1, column: 1)))
        guard case .codeBlock(let code) = doc.blocks[1] else {
            Issue.record("expected code")
            return
        }
        #expect(code.info == "{experiment} demo")
        #expect(code.infoPosition == SourcePosition(line: 3, column: 4))
        #expect(code.lines.map(\.text) == [":steps: 10", "  more"])
        #expect(code.lines.map(\.position) == [SourcePosition(line: 4, column: 1), SourcePosition(line: 5, column: 1)])
    }

    @Test func quotedFenceColumns() {
        let doc = MarkdownParser.parse("> ```{diagram} lstm\n> :names: remember\n> ```\n")
        guard case .blockQuote(let inner)? = doc.blocks.first, case .codeBlock(let code)? = inner.first else {
            Issue.record("expected a quoted code block")
            return
        }
        #expect(code.infoPosition == SourcePosition(line: 1, column: 6))
        #expect(code.lines.first?.position == SourcePosition(line: 2, column: 3))
    }

    @Test func headingColumnsCountScalars() {
        let doc = MarkdownParser.parse("é $x$ text\n\n   ## Größe\n")
        guard case .heading(_, _, let position) = doc.blocks[1] else {
            Issue.record("expected a heading")
            return
        }
        #expect(position == SourcePosition(line: 3, column: 4))
    }
}
