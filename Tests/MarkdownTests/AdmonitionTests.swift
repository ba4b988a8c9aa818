import Testing
@testable import Markdown

@Suite struct AdmonitionTests {
    func admonition(_ source: String) -> Admonition? {
        for block in MarkdownParser.parse(source).blocks {
            if case .admonition(let a) = block { return a }
        }
        return nil
    }

    @Test func mystNoteIsParsedAsMarkdownInPlace() throws {
        let source = "Text.\n\n```{note}\nA *gate* is $\\sigma(x)$.\n\nSecond {numref}`fig`.\n```\n"
        let note = try #require(admonition(source))
        #expect(note.kind == .note)
        #expect(note.title == nil)
        #expect(note.position == SourcePosition(line: 3, column: 4))
        let inlines = Block.inlines(of: note.blocks)
        #expect(inlines.contains(.emphasis([.text("gate")])))
        let math = inlines.compactMap { if case .math(let m) = $0 { m } else { nil } }
        // Positions are the lesson's, not the body's.
        #expect(math.first?.position == SourcePosition(line: 4, column: 14))
        let role = inlines.compactMap { if case .role(let r) = $0 { r } else { nil } }
        #expect(role.first?.position == SourcePosition(line: 6, column: 8))
    }

    @Test func everyKindAndATitle() throws {
        for kind in Admonition.Kind.allCases {
            #expect(admonition("```{\(kind.rawValue)}\nBody.\n```\n")?.kind == kind)
        }
        #expect(admonition("```{tip} Read this first\nBody.\n```\n")?.title == "Read this first")
    }

    @Test func admonitionsNestAndHoldDirectives() throws {
        let source = "````{warning}\n```{diagram} lstm-cell\n:cell: lstm\n```\n````\n"
        let warning = try #require(admonition(source))
        let code = Block.codeBlocks(of: warning.blocks)
        #expect(code.first?.info == "{diagram} lstm-cell")
        #expect(code.first?.infoPosition == SourcePosition(line: 2, column: 4))
        #expect(code.first?.lines.first?.position == SourcePosition(line: 3, column: 1))
    }

    @Test func optionLinesAreWarnedNotPrinted() throws {
        let doc = MarkdownParser.parse("```{note}\n:class: dropdown\nBody.\n```\n")
        #expect(doc.problems.map(\.severity) == [.warning])
        #expect(doc.problems.first?.position == SourcePosition(line: 2, column: 1))
        guard case .admonition(let note)? = doc.blocks.first else { Issue.record("no admonition"); return }
        #expect(Block.inlines(of: note.blocks) == [.text("Body.")])
    }

    @Test func githubAlerts() throws {
        let tip = try #require(admonition("> [!TIP]\n> Use a *higher* bias.\n"))
        #expect(tip.kind == .tip)
        #expect(tip.position == SourcePosition(line: 1, column: 1))
        #expect(Block.inlines(of: tip.blocks).contains(.emphasis([.text("higher")])))
        #expect(admonition("> [!warning] Mind the gap.\n")?.kind == .warning)
    }

    @Test func unknownAlertIsALocatedWarningWithCandidates() throws {
        let doc = MarkdownParser.parse("Text.\n\n> [!NOTES]\n> Body.\n")
        let problem = try #require(doc.problems.first)
        #expect(problem.severity == .warning)
        #expect(problem.position == SourcePosition(line: 3, column: 1))
        #expect(problem.message == "unknown alert '[!NOTES]'")
        #expect(problem.unknownWord == "NOTES")
        #expect(problem.candidates.contains("NOTE"))
        guard case .blockQuote = doc.blocks.last else { Issue.record("kept as a quote"); return }
    }

    @Test func colonFenceIsALocatedWarning() throws {
        let doc = MarkdownParser.parse("Text.\n\n:::{tip}\nBody.\n:::\n")
        let problem = try #require(doc.problems.first)
        #expect(problem.severity == .warning)
        #expect(problem.position == SourcePosition(line: 3, column: 1))
        #expect(problem.hint.contains("```{tip}"))
    }

    @Test func ordinaryQuotesAndCodeStayAsTheyAre() {
        let doc = MarkdownParser.parse("> [link](x.md) text\n\n```swift\n:::{tip}\n```\n\n```{experiment} e\n```\n")
        #expect(doc.problems.isEmpty)
        #expect(doc.blocks.filter { if case .admonition = $0 { true } else { false } }.isEmpty)
    }
}
