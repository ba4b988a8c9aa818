import Testing
@testable import Lessons

@Suite struct ClaimParserTests {
    func parse(_ text: String) -> Result<ClaimExpression, Diagnostic> {
        ClaimParser.parse(LocatedText(text, at: SourceLocation(path: "l.md", line: 3, column: 9)))
    }

    @Test func precedenceAndTextRoundTrip() throws {
        let expression = try parse("median(steps(\"a\")) < 0.5 * median(steps(\"b\")) + 1 and not solved(2) >= 3 or x == -2").get()
        guard case .binary(.or, let lhs, _) = expression.kind, case .binary(.and, let comparison, let negated) = lhs.kind,
              case .binary(.less, _, let sum) = comparison.kind, case .binary(.plus, let product, _) = sum.kind,
              case .binary(.times, _, _) = product.kind, case .not = negated.kind else {
            Issue.record("wrong tree: \(expression.text)")
            return
        }
        #expect(expression.text == "median(steps(\"a\")) < 0.5 * median(steps(\"b\")) + 1 and not solved(2) >= 3 or x == -2")
        #expect(try parse(expression.text).get().text == expression.text)
        #expect(try parse("a - (b - c)").get().text == "a - (b - c)")
        #expect(try parse("(a - b) - c").get().text == "a - b - c")
    }

    @Test func errorsAreLocated() {
        let cases: [(String, String, Int)] = [
            ("solved(\"a\") >", "expected a number, a call or '(' here", 22),
            ("solved(\"a) > 1", "unterminated string", 16),
            ("solved(\"a\") 3", "unexpected '3' after the expression", 21),
            ("f(a b)", "expected ',' or ')'", 13),
            ("1 ^ 2", "unexpected '^' after the expression", 11),
        ]
        for (text, message, column) in cases {
            guard case .failure(let diagnostic) = parse(text) else { Issue.record("\(text) parsed"); continue }
            #expect(diagnostic.message.contains(message), "\(text): \(diagnostic.message)")
            #expect(diagnostic.location.line == 3 && diagnostic.location.column == column, "\(text): \(diagnostic.location)")
        }
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let deep = String(repeating: "(", count: 5000) + "1" + String(repeating: ")", count: 5000)
        guard case .failure(let diagnostic) = parse(deep) else { Issue.record("parsed"); return }
        #expect(diagnostic.message.contains("nests more than"))
        let negations = String(repeating: "not ", count: 5000) + "a"
        guard case .failure = parse(negations) else { Issue.record("parsed"); return }
        let minus = String(repeating: "-", count: 5000) + "a"
        guard case .failure = parse(minus) else { Issue.record("parsed"); return }
    }

    @Test func typesAreChecked() {
        func check(_ text: String, sources: Set<ClaimSource> = [.experiment]) -> [String] {
            guard case .success(let expression) = parse(text) else { return ["parse"] }
            var checker = ClaimTypeChecker(sources: sources)
            _ = checker.type(of: expression)
            return checker.diagnostics.map(\.message)
        }
        #expect(check("median(steps(\"a\")) < 3").isEmpty)
        #expect(check("steps(\"a\") < 3").first?.contains("is a sample (one value per seed)") == true)
        #expect(check("gradient(\"a\", step: 1) < 3").first?.contains("reads a gradients result") == true)
        #expect(check("median(steps(\"a\"), 2) < 3").first?.contains("takes no more arguments") == true)
        #expect(check("less(steps(\"a\"), finalLoss(\"b\"), levl: 0.1)").first?.contains("has no argument 'levl'") == true)
        #expect(check("baselin > 1").first?.contains("did you mean 'baseline'") == true)
        #expect(check("solved(\"a\") and true").count >= 1)
    }
}
