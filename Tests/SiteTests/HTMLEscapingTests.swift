import Testing
@testable import Site

/// Pages escape text with the same rule as figures and formulas (TextTools' MarkupEscaping).
@Suite struct HTMLEscapingTests {
    @Test func pagesReplaceControlCharactersLikeFiguresDo() {
        #expect("a\u{1}b\u{0}<\"&>\t\n".htmlEscaped == "a\u{FFFD}b\u{FFFD}&lt;&quot;&amp;&gt;\t\n")
        #expect("no-break\u{A0}space".htmlEscaped == "no-break\u{A0}space", "pages write invisible characters as themselves")
    }
}
