import Testing
@testable import Lessons

@Suite("Value grammar: literal forms")
struct ValueGrammarTests {
    func kind(_ text: String) -> Value.Kind? {
        try? parseValue(text).get().kind
    }

    @Test func integers() {
        #expect(kind("32") == .integer(32))
        #expect(kind("-2") == .integer(-2))
        #expect(kind("0") == .integer(0))
        #expect(kind("1_000") == .integer(1000))
        #expect(kind("9223372036854775807") == .integer(Int.max))
    }

    @Test func doubles() {
        #expect(kind("0.003") == .number(0.003))
        #expect(kind("1e-3") == .number(0.001))
        #expect(kind("2.5E+2") == .number(250))
        #expect(kind("-0.5") == .number(-0.5))
    }

    @Test func strings() {
        #expect(kind(#""hello""#) == .string("hello"))
        #expect(kind(#""a \"b\" \\ c\nd""#) == .string("a \"b\" \\ c\nd"))
        #expect(kind(#""""#) == .string(""))
        #expect(kind(#""λ · ü""#) == .string("λ · ü"))
    }

    @Test func booleansAndWords() {
        #expect(kind("true") == .bool(true))
        #expect(kind("false") == .bool(false))
        #expect(kind("forget-bias") == .word("forget-bias"))
        #expect(kind("cellState") == .word("cellState"))
        #expect(kind("lstm1997") == .word("lstm1997"))
        #expect(kind("_x") == .word("_x"))
    }

    @Test func arrays() throws {
        let value = try parseValue("[1, two, \"3\"]").get()
        guard case .array(let elements) = value.kind else { Issue.record("not an array"); return }
        #expect(elements.map(\.kind) == [.integer(1), .word("two"), .string("3")])
        #expect(elements.map(\.range.start.column) == [2, 5, 10])
        #expect(value.range.start.column == 1 && value.range.end.column == 14)
        #expect(kind("[]") == .array([]))
        // A trailing comma is allowed, as in Swift array literals.
        #expect(kind("[ 1 , 2 , ]").map { if case .array(let e) = $0 { e.count } else { -1 } } == 2)
    }

    @Test func ranges() throws {
        let value = try parseValue("1...5").get()
        guard case .range(let lower, let upper) = value.kind else { Issue.record("not a range"); return }
        #expect(lower.kind == .integer(1) && upper.kind == .integer(5))
        #expect(upper.range.start.column == 5)
        guard case .range(let low, let high) = kind("-6...6") else { Issue.record("not a range"); return }
        #expect(low.kind == .integer(-6) && high.kind == .integer(6))
        guard case .range(let a, let b) = kind("-1.5...2e1") else { Issue.record("not a range"); return }
        #expect(a.kind == .number(-1.5) && b.kind == .number(20))
    }

    @Test func calls() throws {
        let value = try parseValue("lstm(hidden: 32, init: chrono(maxLength: 100))").get()
        guard case .call(let call) = value.kind else { Issue.record("not a call"); return }
        #expect(call.name == "lstm")
        #expect(call.arguments.map(\.label) == ["hidden", "init"])
        #expect(call.arguments[0].value.kind == .integer(32))
        #expect(call.arguments[1].labelRange?.start.column == 18)
        guard case .call(let inner) = call.arguments[1].value.kind else { Issue.record("not a call"); return }
        #expect(inner.name == "chrono" && inner.arguments.first?.value.kind == .integer(100))
        #expect(inner.arguments.first?.value.range.start.column == 42)
    }

    @Test func callsWithoutArgumentsAndUnlabelled() throws {
        guard case .call(let empty) = kind("sigmoid()") else { Issue.record("not a call"); return }
        #expect(empty.arguments.isEmpty)
        guard case .call(let top) = kind("top(4)") else { Issue.record("not a call"); return }
        #expect(top.arguments.first?.label == nil && top.arguments.first?.value.kind == .integer(4))
        #expect(kind("sigmoid") == .word("sigmoid"))
        guard case .call(let spaced) = kind("f( a : 1 ,b:2, )") else { Issue.record("not a call"); return }
        #expect(spaced.arguments.map(\.label) == ["a", "b"])
    }

    @Test func columnsCountUnicodeScalars() throws {
        let value = try parseValue(#"["é✓", x]"#).get()
        guard case .array(let elements) = value.kind else { Issue.record("not an array"); return }
        #expect(elements[1].range.start.column == 8)
    }

    @Test func continuationAcrossPieces() throws {
        let text = LocatedText(pieces: [("[lstm(hidden: 32),", location(3, 10)), ("          gru(hidden: 8)]", location(4, 1))])
        let value = try ValueParser.parse(text).get()
        guard case .array(let elements) = value.kind else { Issue.record("not an array"); return }
        #expect(elements.count == 2)
        #expect(elements[1].range.start == location(4, 11))
        #expect(value.range.end == location(4, 26))
    }
}
