import Testing
@testable import TeXMath

@Suite("Deep nesting is a located error, never a stack overflow")
struct NestingLimitTests {
    static let deep = 10_000

    static let runaways: [(name: String, tex: String)] = [
        ("braces", String(repeating: "{", count: deep) + "x" + String(repeating: "}", count: deep)),
        ("frac", String(repeating: #"\frac{1}{"#, count: deep / 2) + "x" + String(repeating: "}", count: deep / 2)),
        ("frac without braces", String(repeating: #"\frac1"#, count: deep / 2) + "x"),
        ("sqrt", String(repeating: #"\sqrt{"#, count: deep / 2) + "x" + String(repeating: "}", count: deep / 2)),
        ("sqrt without braces", String(repeating: #"\sqrt"#, count: deep / 2) + "x"),
        ("left", String(repeating: #"\left("#, count: deep / 2) + "x" + String(repeating: #"\right)"#, count: deep / 2)),
        ("superscripts", String(repeating: "x^{", count: deep / 2) + "x" + String(repeating: "}", count: deep / 2)),
        ("style switches", String(repeating: #"\displaystyle "#, count: deep) + "x"),
        ("colors", String(repeating: #"\color{red}"#, count: deep) + "x"),
        ("fonts", String(repeating: #"\mathbf"#, count: deep) + "x"),
        ("environments", String(repeating: #"\begin{cases}"#, count: deep / 2) + "x"),
        ("roots with index", String(repeating: #"\sqrt["#, count: deep / 2) + "x"),
    ]

    @Test("runaway nesting is refused", arguments: runaways.map(\.name))
    func runaway(_ name: String) throws {
        let tex = try #require(Self.runaways.first { $0.name == name }).tex
        let result = MathConverter().convert(tex, display: true, macros: .builtIn)
        guard case .failure(let error) = result else {
            Issue.record("\(name): converted a formula nested \(Self.deep) levels deep")
            return
        }
        #expect(error.kind == .tooDeep || error.kind == .runawayMacro, "\(name): \(error)")
        #expect(!error.hint.isEmpty)
        #expect(error.offset > 0 && error.offset < tex.unicodeScalars.count)
    }

    @Test("a macro that nests its argument is stopped too")
    func nestingMacro() {
        let tex = #"\newcommand{\n}[1]{{\n{#1}}}\n{x}"#
        guard case .failure = MathConverter().convert(tex, display: true, macros: .builtIn) else {
            Issue.record("converted a macro that nests without end")
            return
        }
    }

    @Test("realistic nesting still converts")
    func realistic() throws {
        let tex = String(repeating: "{", count: 30) + "x" + String(repeating: "}", count: 30)
            + String(repeating: #"\frac{1}{"#, count: 12) + "y" + String(repeating: "}", count: 12)
        let conversion = try MathConverter().convert(tex, display: true, macros: .builtIn).get()
        #expect(conversion.mathML?.contains("<mfrac>") == true)
    }
}
