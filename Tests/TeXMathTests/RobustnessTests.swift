import Testing
@testable import TeXMath
import TestSupport

@Suite("Never a trap: arbitrary input gives MathML or a located error")
struct RobustnessTests {
    /// A small deterministic generator (SplitMix64) so failures reproduce.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    static let pieces = [
        "x", "1", ".5", "{", "}", "^", "_", "'", "&", #"\\"#, "[", "]", "(", ")", "|", " ", "\n", "~", "#1", "%",
        "$", "α", #"\frac"#, #"\sqrt"#, #"\left("#, #"\right)"#, #"\left."#, #"\middle|"#, #"\begin{array}{lc}"#,
        #"\begin{array}[ll]"#, #"\end{array}"#, #"\begin{cases}"#, #"\end{cases}"#, #"\begin{aligned}"#,
        #"\end{aligned}"#, #"\text{a b}"#, #"\mathbf"#, #"\operatorname*"#, #"\sum"#, #"\limits"#, #"\overset"#,
        #"\newcommand{\q}[1]{#1#1}"#, #"\q"#, #"\newcommand{\r}{\r}"#, #"\r"#, #"\h"#, #"\tp"#, #"\big"#,
        #"\displaystyle"#, #"\not"#, #"\tilde"#, #"\overline"#, #"\foo"#, #"\"#,
    ]

    @Test("2000 random formulas")
    func randomFormulas() {
        var generator = Generator(state: 2026)
        for _ in 0..<2000 {
            let count = 1 + generator.next(12)
            let tex = (0..<count).map { _ in Self.pieces[generator.next(Self.pieces.count)] }.joined()
            let display = generator.next(2) == 0
            switch MathConverter().convert(tex, display: display, macros: .builtIn) {
            case .success(let conversion):
                if let markup = conversion.mathML {
                    #expect(XMLCheck.problem(markup) == nil, "\(tex.debugDescription)")
                }
            case .failure(let error):
                #expect(error.offset >= 0 && error.offset <= tex.unicodeScalars.count, "\(tex.debugDescription)")
                #expect(!error.message.isEmpty && !error.hint.isEmpty, "\(tex.debugDescription)")
            }
        }
    }

    @Test("conversion is deterministic")
    func deterministic() throws {
        let tex = #"\h_\tp = \tanh(\W_{hh}\h_{(\tt-1)} + \W_{xh}\x_\tp + \b_h)"#
        let first = try MathConverter().convert(tex, display: true, macros: .builtIn).get()
        let second = try MathConverter().convert(tex, display: true, macros: .builtIn).get()
        #expect(first == second)
    }
}
