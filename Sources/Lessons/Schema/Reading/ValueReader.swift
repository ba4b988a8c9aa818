/// Reads values of the directive grammar into typed values. Each reader reports a
/// wrong type or an out-of-range value at the value's own range to the sink and
/// returns nil, so checking goes on and every error of a block is reported in one pass.
///
/// The readers are grouped by domain: the plain values and lists here, models in
/// `ModelReading.swift`, tasks in `TaskReading.swift`, optimisers and schedules in
/// `OptimizerReading.swift`, plotted functions and seeds in their own files.
struct ValueReader {
    /// Where the diagnostics go.
    let diagnostics: DiagnosticCollector

    init(_ diagnostics: DiagnosticCollector) {
        self.diagnostics = diagnostics
    }

    func append(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    func error(_ range: SourceRange, _ message: String, hint: String? = nil) {
        diagnostics.error(range, message, hint: hint)
    }
}

extension ValueReader {
    func integer(_ value: Value, _ name: String, in bounds: ClosedRange<Int>) -> Int? {
        guard case .integer(let number) = value.kind else {
            error(value.range, "expected an integer, got \(value.kindDescription)",
                  hint: "'\(name)' is a whole number in \(bounds.lowerBound)...\(bounds.upperBound)")
            return nil
        }
        return within(bounds, number, value, name)
    }

    /// A number; an integer literal is accepted where a number is expected.
    func number(_ value: Value, _ name: String, in bounds: ClosedRange<Double>) -> Double? {
        let number: Double
        switch value.kind {
        case .number(let double): number = double
        case .integer(let integer): number = Double(integer)
        default:
            error(value.range, "expected a number, got \(value.kindDescription)",
                  hint: "'\(name)' is a number in \(bounds.lowerBound)...\(bounds.upperBound)")
            return nil
        }
        return within(bounds, number, value, name)
    }

    /// `number` if it lies in `bounds`; else an error at the value and nil.
    private func within<T: Comparable>(_ bounds: ClosedRange<T>, _ number: T, _ value: Value, _ name: String) -> T? {
        guard bounds.contains(number) else {
            error(value.range, "value \(number) is out of range for '\(name)'",
                  hint: "'\(name)' must lie in \(bounds.lowerBound)...\(bounds.upperBound)")
            return nil
        }
        return number
    }

    func bool(_ value: Value, _ name: String) -> Bool? {
        guard case .bool(let flag) = value.kind else {
            error(value.range, "expected a boolean, got \(value.kindDescription)", hint: "'\(name)' is true or false")
            return nil
        }
        return flag
    }

    func string(_ value: Value, _ name: String, maxLength: Int) -> String? {
        guard case .string(let text) = value.kind else {
            error(value.range, "expected a string, got \(value.kindDescription)", hint: "write '\(name)' in double quotes: \"…\"")
            return nil
        }
        guard !text.isEmpty, text.unicodeScalars.count <= maxLength else {
            error(value.range, text.isEmpty ? "'\(name)' is empty" : "'\(name)' is too long (\(text.unicodeScalars.count) characters)",
                  hint: "'\(name)' has 1 to \(maxLength) characters")
            return nil
        }
        return text
    }

    /// One of an enumeration's words: `forget`, `cellState`.
    func word<Choice: RawRepresentable & CaseIterable>(_ value: Value, _ name: String, as type: Choice.Type) -> Choice?
    where Choice.RawValue == String {
        let allowed = Choice.allCases.map(\.rawValue)
        guard case .word(let word) = value.kind else {
            error(value.range, "expected a word, got \(value.kindDescription)",
                  hint: "'\(name)' is one of " + DidYouMean.list(allowed))
            return nil
        }
        guard let choice = Choice(rawValue: word) else {
            error(value.range, "unknown value '\(word)' for '\(name)'" + DidYouMean.clause(for: word, among: allowed),
                  hint: "'\(name)' is one of " + DidYouMean.list(allowed))
            return nil
        }
        return choice
    }

    /// The name of another directive, written as a bare word.
    func reference(_ value: Value, _ name: String) -> NameReference? {
        guard case .word(let word) = value.kind else {
            error(value.range, "expected a name, got \(value.kindDescription)",
                  hint: "'\(name)' is the name of another directive, written as a bare word: forget-bias")
            return nil
        }
        return NameReference(name: word, range: value.range)
    }

    /// An array of elements; a single element is accepted as an array of one.
    func list<Element>(_ value: Value, _ name: String, count bounds: ClosedRange<Int>,
                       element: (Value) -> Element?) -> [Element]? {
        let items: [Value]
        if case .array(let elements) = value.kind { items = elements } else { items = [value] }
        guard bounds.contains(items.count) else {
            error(value.range, "'\(name)' has \(items.count) element\(items.count == 1 ? "" : "s")",
                  hint: "'\(name)' takes \(bounds.lowerBound) to \(bounds.upperBound) elements")
            return nil
        }
        let converted = items.map(element)
        guard converted.allSatisfy({ $0 != nil }) else { return nil }
        return converted.compactMap { $0 }
    }

    /// A call (or a bare word, a call without arguments) of one of `known` names.
    /// - Parameter what: "model", "task", for messages.
    func call(_ value: Value, _ what: String, known: [String], example: String) -> Call? {
        let call: Call
        switch value.kind {
        case .call(let written): call = written
        case .word(let word): call = Call(name: word, nameRange: value.range, arguments: [])
        default:
            error(value.range, "expected \(what == "init" || what == "optimizer" ? "an" : "a") \(what), got \(value.kindDescription)",
                  hint: "write \(what == "init" || what == "optimizer" ? "an" : "a") \(what) such as \(example)")
            return nil
        }
        guard known.contains(call.name) else {
            error(call.nameRange, "unknown \(what) '\(call.name)'" + DidYouMean.clause(for: call.name, among: known),
                  hint: "\(what)s are " + DidYouMean.list(known, conjunction: "and"))
            return nil
        }
        return call
    }

    /// A call's arguments against its labels. A single unlabelled argument is taken
    /// as `positional` when the schema allows it (`top(4)`, `chrono(100)`).
    func arguments(of call: Call, labels: [String], positional: String? = nil) -> OptionReader {
        var candidates: [OptionReader.Entry] = []
        var unmatched = false
        for argument in call.arguments {
            if let label = argument.label, let labelRange = argument.labelRange {
                candidates.append(.init(key: label, keyRange: labelRange, value: argument.value))
            } else if let positional, call.arguments.count == 1 {
                candidates.append(.init(key: positional, keyRange: argument.value.range, value: argument.value))
            } else {
                unmatched = true
                let example = labels.first ?? "label"
                error(argument.value.range, "argument of \(call.name) needs a label",
                      hint: labels.isEmpty ? "\(call.name) takes no arguments" : "write '\(example): …'; \(call.name) takes " + DidYouMean.list(labels, conjunction: "and"))
            }
        }
        var entries = OptionReader(candidates, noun: "argument", owner: call.name, ownerRange: call.nameRange, known: labels, values: self)
        entries.reportsMissing = !unmatched
        return entries
    }

    /// The index of the first element equal to an earlier one.
    func firstDuplicate<T: Hashable>(_ items: [T]) -> Int? {
        var seen = Set<T>()
        return items.firstIndex { !seen.insert($0).inserted }
    }

    /// A list of enumeration words with no repeats (`metrics`, `when`).
    func distinctWords<Choice: RawRepresentable & CaseIterable & Hashable>(_ value: Value, _ name: String, as type: Choice.Type,
                                                                           count: ClosedRange<Int>) -> [Choice]?
    where Choice.RawValue == String {
        guard let words = list(value, name, count: count, element: { word($0, name, as: type) }) else { return nil }
        if case .array(let items) = value.kind, let duplicate = firstDuplicate(words) {
            error(items[duplicate].range, "'\(words[duplicate].rawValue)' is listed twice", hint: "list each value of '\(name)' once")
            return nil
        }
        return words
    }
}

/// A directive named by another one (`experiment: forget-bias`), with where it is written.
public struct NameReference: Hashable, Sendable {
    public var name: String
    public var range: SourceRange

    public init(name: String, range: SourceRange) {
        self.name = name
        self.range = range
    }
}
