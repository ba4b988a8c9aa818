import Testing
@testable import Markdown

/// Markdown nested 10,000 levels deep is cut at ``DepthLimit/maximumDepth`` with a located
/// problem, instead of overflowing the stack in the conversion or any walk over the blocks.
@Suite struct DepthLimitTests {
    static let deep = 10_000

    static let documents: [(name: String, text: String, line: Int)] = [
        ("block quotes", "# Title\n\n" + String(repeating: ">", count: deep) + " x\n", 3),
        ("nested lists", "# Title\n\n" + (0..<2_000).map { String(repeating: "  ", count: $0) + "- item" }.joined(separator: "\n") + "\n", 3),
        ("compact lists", "# Title\n\n" + String(repeating: "- ", count: deep) + "x\n", 3),
        ("emphasis", "# Title\n\n" + String(repeating: "*a ", count: deep) + "x" + String(repeating: " a*", count: deep) + "\n", 3),
        ("images", "# Title\n\n" + String(repeating: "![", count: deep) + "x" + String(repeating: "](u)", count: deep) + "\n", 3),
    ]

    @Test(arguments: documents.map(\.name))
    func deepNestingIsCut(_ name: String) throws {
        let document = try #require(Self.documents.first { $0.name == name })
        let parsed = MarkdownParser.parse(document.text)
        let problem = try #require(parsed.problems.first { $0.message.contains("nested more than") }, "\(name)")
        #expect(problem.position.line >= document.line)
        #expect(problem.position.column >= 1)
        #expect(Self.depth(of: parsed.blocks) <= DepthLimit.maximumDepth + 1)
        #expect(!Block.inlines(of: parsed.blocks).isEmpty || !parsed.blocks.isEmpty)
    }

    @Test func ordinaryNestingIsKept() {
        let parsed = MarkdownParser.parse("> - a\n>   - *b **c***\n")
        #expect(parsed.problems.isEmpty)
        #expect(Self.depth(of: parsed.blocks) >= 4)
    }

    /// Depth of the converted tree, counting blocks and inlines.
    static func depth(of blocks: [Block]) -> Int {
        blocks.map { block -> Int in
            switch block {
            case .blockQuote(let inner), .footnoteDefinition(_, let inner): 1 + depth(of: inner)
            case .list(let list): 1 + (list.items.map { 1 + depth(of: $0.content) }.max() ?? 0)
            case .paragraph(let content), .heading(_, let content, _): 1 + depth(of: content)
            default: 1
            }
        }.max() ?? 0
    }

    static func depth(of inlines: [Inline]) -> Int {
        inlines.map { inline -> Int in
            switch inline {
            case .emphasis(let inner), .strong(let inner), .strikethrough(let inner),
                 .link(_, _, let inner), .image(_, _, let inner):
                1 + depth(of: inner)
            default: 1
            }
        }.max() ?? 0
    }
}

/// The Markdown parser splits lines at `\n`, `\r\n` and a lone `\r` alike.
@Suite struct LineBreakTests {
    @Test(arguments: ["\n", "\r\n", "\r"])
    func mathPositions(_ newline: String) {
        let parsed = MarkdownParser.parse(["# A", "", "one $x$", "two $$y$$ and $z$"].joined(separator: newline) + newline)
        let positions = Block.inlines(of: parsed.blocks).compactMap { inline -> Int? in
            if case .math(let math) = inline { return math.position.line }
            return nil
        }
        #expect(positions == [3, 4, 4])
        #expect(parsed.problems.isEmpty)
    }
}

/// A directive fence that is never closed is reported at its opening fence.
@Suite struct UnclosedFenceTests {
    static func unclosedLines(_ text: String) -> [Int] {
        MarkdownParser.parse(text).problems.filter { $0.message.contains("never closed") }.map(\.position.line)
    }

    @Test func aForgottenFenceIsReportedWhereItOpens() {
        let text = "# A\n\n```{function-plot} f\n:functions: [sigmoid]\nCaption\n\n## Later heading\n\nMore text.\n"
        #expect(Self.unclosedLines(text) == [3])
        let problem = MarkdownParser.parse(text).problems.first
        #expect(problem?.position.column == 1)
    }

    @Test func aShorterFenceDoesNotClose() {
        #expect(Self.unclosedLines("````{table} t\n:experiment: e\n```\n\ntext\n") == [1])
        #expect(Self.unclosedLines("~~~{table} t\n:experiment: e\n```\n") == [1])
    }

    @Test func closedFencesAreFine() {
        #expect(Self.unclosedLines("```{table} t\n:experiment: e\n```\n\n# After\n").isEmpty)
        #expect(Self.unclosedLines("````{table} t\n:experiment: e\n`````   \n").isEmpty)
        #expect(Self.unclosedLines("> ```{table} t\n> :experiment: e\n> ```\n").isEmpty)
        #expect(Self.unclosedLines("- item\n\n  ```{table} t\n  :experiment: e\n  ```\n").isEmpty)
        #expect(Self.unclosedLines("```{table} t\r\n:experiment: e\r\n```\r\n").isEmpty)
        // Plain code may run to the end, as CommonMark allows.
        #expect(Self.unclosedLines("```swift\nlet x = 1\n").isEmpty)
        // A fence closed by the end of its quote is not closed either.
        #expect(Self.unclosedLines("> ```{table} t\n> :experiment: e\n\nafter\n") == [1])
    }
}
