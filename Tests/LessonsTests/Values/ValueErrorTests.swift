import Testing
@testable import Lessons

@Suite("Value grammar: bad input")
struct ValueErrorTests {
    @Test func overflowingNumbers() {
        #expect(valueError("1e999") == "1:1: number '1e999' is out of range")
        #expect(valueError("99999999999999999999") == "1:1: integer '99999999999999999999' is too large")
        #expect(valueError("[1, -1e400]") == "1:5: number '-1e400' is out of range")
    }

    @Test func unbalanced() {
        #expect(valueError("[1, 2") == "1:1: '[' is never closed")
        #expect(valueError("lstm(hidden: 3") == "1:5: '(' is never closed")
        #expect(valueError("[1, 2]]") == "1:7: unexpected ']'")
        #expect(valueError("[lstm(hidden: 3]") == "1:16: expected ',' or ')' in the argument list, got ']'")
        #expect(valueError("[1 2]") == "1:4: expected ',' or ']' in the array, got '2'")
    }

    @Test func strings() {
        #expect(valueError(#""abc"#) == "1:1: unterminated string")
        #expect(valueError(#"x("a\qb")"#) == "1:5: unknown escape sequence '\\q' in a string")
        #expect(valueError("'abc'") == "1:1: unexpected character '''")
    }

    @Test func unexpectedCharacters() {
        #expect(valueError("@home") == "1:1: unexpected character '@'")
        #expect(valueError("32x") == "1:3: unexpected character 'x' after a number")
        #expect(valueError("1500 steps") == "1:6: unexpected 's' after the value")
        #expect(valueError("1, 2") == "1:2: unexpected ',' after the value")
        #expect(valueError(".5") == "1:1: unexpected character '.'")
        #expect(valueError("5.") == "1:2: expected a digit after '.'")
        #expect(valueError("1e") == "1:2: expected digits in the exponent")
        #expect(valueError("1..5") == "1:2: '..' is not an operator")
        #expect(valueError("1..<5") == "1:2: half-open ranges are not supported")
        #expect(valueError("1...x") == "1:5: expected a number after '...'")
        #expect(valueError("f(a:)") == "1:5: expected a value after 'a:'")
        #expect(valueError("") == "1:1: expected a value")
    }

    @Test func pathologicalNestingIsADiagnostic() {
        let deep = String(repeating: "[", count: 20_000)
        #expect(valueError(deep) == "1:33: nesting too deep (more than 32 levels of [ ] and ( ))")
        let calls = String(repeating: "f(", count: 20_000)
        #expect(valueError(calls).hasSuffix("nesting too deep (more than 32 levels of [ ] and ( ))"))
        let ok = String(repeating: "[", count: 32) + String(repeating: "]", count: 32)
        #expect((try? parseValue(ok).get()) != nil)
    }

    @Test func errorsCarryHints() throws {
        guard case .failure(let diagnostic) = parseValue("[1, 2") else { Issue.record("parsed"); return }
        #expect(diagnostic.hint == "add ']' after the last element")
        guard case .failure(let overflow) = parseValue("99999999999999999999") else { Issue.record("parsed"); return }
        #expect(overflow.length == 20)
        #expect(overflow.hint?.contains("9223372036854775807") == true)
    }
}
