/// Options of ```{claim}```: the results it reads, the condition, the test.
enum ClaimDirectiveChecker {
    static func check(_ options: OptionReader, _ d: ValueReader) -> ClaimDirective? {
        var sources: [ClaimSource: NameReference] = [:]
        var ok = true
        for source in ClaimSource.allCases where options.value(source.rawValue) != nil {
            let reference = options.read(source.rawValue, default: NameReference?.none) {
                d.reference($0, source.rawValue).map { .some($0) }
            }
            if let reference, let reference { sources[source] = reference } else { ok = false }
        }
        let holds = options.required("holds", example: "median(steps(\"bias 3\")) < median(steps(\"bias 0\"))") { value -> ClaimExpression? in
            guard case .expression(let expression) = value.kind else {
                d.error(value.range, "expected a claim expression", hint: ClaimParser.hint)
                return nil
            }
            return expression
        }
        let test = options.read("test", default: ClaimTest?.none) { claimTest($0, d).map { .some($0) } }
        guard ok, let holds, let test else { return nil }
        if sources.isEmpty {
            d.error(options.ownerRange, "a claim needs a result to read",
                    hint: "name it with ':experiment: name' (or :gradients:, :activations:, :prediction:)")
            return nil
        }
        var checker = ClaimTypeChecker(sources: Set(sources.keys))
        let type = checker.type(of: holds)
        for diagnostic in checker.diagnostics { d.append(diagnostic) }
        guard let type else { return nil }
        guard type == .boolean else {
            d.error(holds.range, "a claim must be a condition, but '\(holds.text)' is \(ClaimTypeChecker.noun(type))",
                    hint: "compare it: \(holds.text) < …")
            return nil
        }
        if let test, ClaimTests.testedComparisons(in: holds).isEmpty {
            d.error(options.range("test"), "':test: \(test.canonicalForm)' has nothing to test",
                    hint: "a test applies to comparisons of two summarised samples, e.g. median(steps(\"a\")) < median(steps(\"b\"))")
            return nil
        }
        return ClaimDirective(sources: sources, holds: holds, test: test)
    }

    /// `rankSum(level: 0.05)`.
    static func claimTest(_ value: Value, _ d: ValueReader) -> ClaimTest? {
        guard let call = d.call(value, "test", known: ["rankSum"], example: "rankSum(level: 0.05)") else { return nil }
        let args = d.arguments(of: call, labels: ["level"], positional: "level")
        guard let level = args.number("level", default: 0.05, in: 0.0001...0.5) else { return nil }
        return .rankSum(level: level)
    }
}
