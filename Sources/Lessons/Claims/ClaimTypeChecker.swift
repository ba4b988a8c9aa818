/// Checks a claim expression's functions, arguments and types, before anything runs.
struct ClaimTypeChecker {
    /// The sources the claim names (`:experiment:`, `:gradients:`, …).
    var sources: Set<ClaimSource>
    var diagnostics: [Diagnostic] = []

    /// The expression's type, or nil after an error (reported in `diagnostics`).
    mutating func type(of expression: ClaimExpression) -> ClaimType? {
        switch expression.kind {
        case .number: return .number
        case .string:
            return fail(expression.range, "a string is a model, and goes inside a call such as steps(\"bias 3\")",
                        hint: ClaimParser.hint)
        case .word(let word):
            guard let meaning = ClaimFunction.constants[word] else {
                if ClaimFunction.named(word) != nil {
                    return fail(expression.range, "'\(word)' is a function; call it with its arguments",
                                hint: ClaimFunction.named(word).map(\.signature))
                }
                let known = Array(ClaimFunction.constants.keys).sorted() + ClaimFunction.all.map(\.name)
                return fail(expression.range, "unknown word '\(word)'" + DidYouMean.clause(for: word, among: known),
                            hint: "words are " + DidYouMean.list(ClaimFunction.constants.keys.sorted(), conjunction: "and") + "; functions are called, e.g. median(steps(\"bias 3\"))")
            }
            _ = meaning
            guard require(.experiment, for: word, at: expression.range) else { return nil }
            return .number
        case .negate(let inner):
            return expect(inner, .number).map { _ in .number }
        case .not(let inner):
            return expect(inner, .boolean).map { _ in .boolean }
        case .binary(let op, let lhs, let rhs):
            switch op {
            case .and, .or:
                let l = expect(lhs, .boolean), r = expect(rhs, .boolean)
                return l != nil && r != nil ? .boolean : nil
            case .plus, .minus, .times, .divided:
                let l = expect(lhs, .number), r = expect(rhs, .number)
                return l != nil && r != nil ? .number : nil
            default:
                let l = expect(lhs, .number), r = expect(rhs, .number)
                return l != nil && r != nil ? .boolean : nil
            }
        case .call(let name, let arguments):
            return call(name, arguments, at: expression.range)
        }
    }

    private mutating func call(_ name: String, _ arguments: [ClaimArgument], at range: SourceRange) -> ClaimType? {
        guard let function = ClaimFunction.named(name) else {
            return fail(range, "unknown function '\(name)'" + DidYouMean.clause(for: name, among: ClaimFunction.all.map(\.name)),
                        hint: "functions are " + DidYouMean.list(ClaimFunction.all.map(\.name), conjunction: "and"))
        }
        if let source = function.source, !require(source, for: name, at: range) { return nil }
        var remaining = arguments
        var ok = true
        for parameter in function.parameters {
            let label = Self.label(of: parameter)
            let index = remaining.firstIndex { $0.label == label }
            guard let index else {
                if !Self.hasDefault(parameter) {
                    ok = false
                    diagnostics.append(.error(in: range, "\(name) needs \(label.map { "'\($0):'" } ?? "another argument")",
                                              hint: "write \(function.signature)"))
                }
                continue
            }
            let argument = remaining.remove(at: index)
            ok = check(argument.value, as: parameter, in: function) && ok
        }
        if let extra = remaining.first {
            diagnostics.append(.error(in: extra.value.range,
                                      extra.label.map { "\(name) has no argument '\($0)'" } ?? "\(name) takes no more arguments",
                                      hint: "write \(function.signature)"))
            ok = false
        }
        return ok ? function.result : nil
    }

    private mutating func check(_ value: ClaimExpression, as parameter: ClaimFunction.Parameter, in function: ClaimFunction) -> Bool {
        switch parameter {
        case .model:
            switch value.kind {
            case .string: return true
            case .number(let n) where n == n.rounded() && n >= 1: return true
            default:
                diagnostics.append(.error(in: value.range, "expected a model of the \(function.source?.rawValue ?? "source"): its label in quotes or its 1-based index",
                                          hint: "write \(function.name)(\"bias 3\") or \(function.name)(2)"))
                return false
            }
        case .integer(let label, _):
            guard case .number(let n) = value.kind, n == n.rounded(), n >= 1, n <= 1_000_000 else {
                diagnostics.append(.error(in: value.range, "'\(label)' is a positive whole number", hint: "write \(function.signature)"))
                return false
            }
            return true
        case .word(let label, let choices, _):
            guard case .word(let word) = value.kind, choices.contains(word) else {
                diagnostics.append(.error(in: value.range, "expected " + DidYouMean.list(choices, conjunction: "or") + (label.map { " for '\($0)'" } ?? ""),
                                          hint: "write \(function.signature)"))
                return false
            }
            return true
        case .number:
            return expect(value, .number) != nil
        case .sample:
            return expect(value, .sample) != nil
        }
    }

    private mutating func expect(_ expression: ClaimExpression, _ wanted: ClaimType) -> ClaimType? {
        guard let found = type(of: expression) else { return nil }
        guard found == wanted else {
            let hint: String
            switch (found, wanted) {
            case (.sample, .number): hint = "a sample has one value per seed: summarise it, e.g. median(\(expression.text))"
            case (.number, .boolean): hint = "compare it with something: \(expression.text) < …"
            default: hint = ClaimParser.hint
            }
            return fail(expression.range, "expected \(Self.noun(wanted)), but '\(expression.text)' is \(Self.noun(found))", hint: hint)
        }
        return found
    }

    private mutating func require(_ source: ClaimSource, for what: String, at range: SourceRange) -> Bool {
        guard sources.contains(source) else {
            diagnostics.append(.error(in: range, "'\(what)' reads \(source == .experiment ? "an" : "a") \(source.rawValue) result, and this claim names none",
                                      hint: "add ':\(source.rawValue): name' to the claim"))
            return false
        }
        return true
    }

    private mutating func fail(_ range: SourceRange, _ message: String, hint: String?) -> ClaimType? {
        diagnostics.append(.error(in: range, message, hint: hint))
        return nil
    }

    static func label(of parameter: ClaimFunction.Parameter) -> String? {
        switch parameter {
        case .model, .sample: nil
        case .number(let label, _): label
        case .integer(let label, _): label
        case .word(let label, _, _): label
        }
    }

    static func hasDefault(_ parameter: ClaimFunction.Parameter) -> Bool {
        switch parameter {
        case .model, .sample: false
        case .number(_, let value): value != nil
        case .integer(_, let value): value != nil
        case .word(_, _, let value): value != nil
        }
    }

    static func noun(_ type: ClaimType) -> String {
        switch type {
        case .number: "a number"
        case .sample: "a sample (one value per seed)"
        case .boolean: "a condition"
        }
    }
}
