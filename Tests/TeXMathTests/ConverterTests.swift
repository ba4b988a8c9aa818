import Testing
@testable import TeXMath
import TestSupport

@Suite("The <math> element")
struct ConverterTests {
    @Test("display math is a block; inline math is not")
    func displayAttribute() throws {
        let block = try #require(try MathConverter().convert("x", display: true, macros: .builtIn).get().mathML)
        let inline = try #require(try MathConverter().convert("x", display: false, macros: .builtIn).get().mathML)
        #expect(block.hasPrefix(#"<math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><semantics>"#))
        #expect(inline.hasPrefix(#"<math xmlns="http://www.w3.org/1998/Math/MathML"><semantics>"#))
    }

    @Test("the annotation holds the trimmed source, escaped")
    func annotation() throws {
        let markup = try #require(try MathConverter().convert("\n a < b \\& c \n", display: true, macros: .builtIn).get().mathML)
        #expect(markup.hasSuffix(#"<annotation encoding="application/x-tex">a &lt; b \&amp; c</annotation></semantics></math>"#))
        #expect(XMLCheck.parse(markup).elementNames == ["math", "semantics", "mrow", "mi", "mo", "mi", "mo", "mi", "annotation"])
    }

    @Test("a control character in the source is U+FFFD in the markup, which stays well-formed")
    func controlCharacter() throws {
        let markup = try #require(try MathConverter().convert("\\text{a\u{1}b} + c\u{7}", display: false, macros: .builtIn).get().mathML)
        #expect(XMLCheck.problem(markup) == nil)
        #expect(markup.contains("<mtext>a\u{FFFD}b</mtext>"))
        #expect(!markup.unicodeScalars.contains { $0.value < 0x20 })
    }

    @Test("the seeds' array drops its empty first row and keeps its five columns")
    func seedArray() throws {
        let tex = "\\begin{array}[lll] \\\\\n\\remember_\\tp & = & f_\\tp & = & \\sigma(x) \\\\\n\\save_\\tp & = & i_\\tp & = & y \\\\\n\\end{array}"
        let markup = try #require(try MathConverter().convert(tex, display: true, macros: .builtIn).get().mathML)
        let names = XMLCheck.parse(markup).elementNames
        #expect(names.filter { $0 == "mtr" }.count == 2)
        #expect(names.filter { $0 == "mtd" }.count == 10)
        #expect(!markup.contains("<mtd></mtd>"))
    }

    @Test("limits go below and above in display style only")
    func limits() throws {
        let display = try #require(try MathConverter().convert(#"\sum_i^n x"#, display: true, macros: .builtIn).get().mathML)
        let inline = try #require(try MathConverter().convert(#"\sum_i^n x"#, display: false, macros: .builtIn).get().mathML)
        let fraction = try #require(try MathConverter().convert(#"\frac{\sum_i x}{2}"#, display: true, macros: .builtIn).get().mathML)
        #expect(XMLCheck.parse(display).elementNames.contains("munderover"))
        #expect(XMLCheck.parse(inline).elementNames.contains("msubsup"))
        #expect(XMLCheck.parse(fraction).elementNames.contains("msub"))
    }

    @Test("bold letters are mathematical alphanumerics, not mathvariant")
    func boldLetters() throws {
        let markup = try #require(try MathConverter().convert(#"\x + \mathbf{W1} + \boldsymbol{\alpha}"#, display: false, macros: .builtIn).get().mathML)
        #expect(markup.contains("<mi>𝐱</mi>"))
        #expect(markup.contains("<mi>𝐖</mi><mn>𝟏</mn>"))
        #expect(markup.contains("<mi>𝜶</mi>"))
        #expect(!markup.contains("mathvariant=\"bold\""))
    }

    @Test("the stylesheet names the math font stack and can ship the font")
    func stylesheet() {
        let css = MathStylesheet.css(fontURL: "fonts/latinmodern-math.otf")
        #expect(css.contains(#"src: url("fonts/latinmodern-math.otf") format("opentype")"#))
        #expect(css.contains(#"math { font-family: "Latin Modern Math", "STIX Two Math", "STIX Math", math; }"#))
    }
}
