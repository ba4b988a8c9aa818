import Engine

extension ValueReader {
    /// `adding(length: 100)` and the other tasks of DESIGN.md.
    func task(_ value: Value) -> TaskSpec? {
        let schemas = SchemaRegistry.tasks
        guard let call = call(value, "task", known: schemas.map(\.name), example: "adding(length: 100)") else { return nil }
        let schema = SchemaRegistry.call(call.name, in: schemas)
        let args = arguments(of: call, labels: schema.labels, positional: schema.positional)
        // The adding task puts one marker in each half; temporal order needs room for its two symbols.
        let minimum = call.name == "adding" ? 2 : call.name == "temporalOrder" ? 4 : 1
        let length = args.required("length", example: "100") {
            integer($0, "length", in: minimum...Limits.sequenceLength.upperBound)
        }
        switch call.name {
        case "adding": return length.map { .adding(length: $0) }
        case "temporalOrder": return length.map { .temporalOrder(length: $0) }
        case "copy":
            let count = args.integer("count", default: 10, in: Limits.copyCount)
            guard let length, let count else { return nil }
            return .copy(length: length, count: count)
        case "brackets":
            let maxDepth = args.integer("maxDepth", example: "5", in: 1...Limits.sequenceLength.upperBound)
            guard let length, let maxDepth else { return nil }
            guard maxDepth <= length else {
                error(args.value("maxDepth")?.range ?? call.nameRange, "maxDepth \(maxDepth) is larger than the length \(length)",
                      hint: "a sequence of \(length) brackets is at most \(length) deep; use maxDepth in 1...\(length)")
                return nil
            }
            return .brackets(length: length, maxDepth: maxDepth)
        case "dampedSine":
            let period = args.required("period", example: "20") { periods($0) }
            let decay = args.number("decay", example: "0.01", in: Limits.decay)
            guard let length, let period, let decay else { return nil }
            return .dampedSine(length: length, period: period, decay: decay)
        default:
            return textTask(call, args, length: length)
        }
    }

    private func textTask(_ call: Call, _ args: OptionReader, length: Int?) -> TaskSpec? {
        switch (args.value("source"), args.value("file")) {
        case (nil, nil):
            if !args.has("source"), !args.has("file") {
                error(call.nameRange, "text needs 'source' or 'file'",
                      hint: "write text(source: \"…\", length: 50) or text(file: \"corpus.txt\", length: 50)")
            }
            return nil
        case (.some, .some):
            error(args.range("file"), "text takes 'source' or 'file', not both", hint: "remove one of them")
            return nil
        case (.some(let value), nil):
            guard let source = string(value, "source", maxLength: Limits.textLength.upperBound), let length else { return nil }
            guard source.unicodeScalars.count > length else {
                error(value.range, "the source text has \(source.unicodeScalars.count) characters, not more than the length \(length)",
                      hint: "give a longer text or a shorter length")
                return nil
            }
            return .text(source: .inline(source), length: length)
        case (nil, .some(let value)):
            guard let file = string(value, "file", maxLength: 1000), let length else { return nil }
            let components = file.split(separator: "/", omittingEmptySubsequences: false)
            guard !file.hasPrefix("/"), !components.contains("..") else {
                error(value.range, "'\(file)' is outside the lessons folder",
                      hint: "give a path relative to the lesson, inside the lessons folder")
                return nil
            }
            return .text(source: .file(file), length: length)
        }
    }

    /// A period, `20`, or a range of periods drawn per sequence, `12...20`.
    private func periods(_ value: Value) -> ClosedRange<Double>? {
        guard case .range(let lower, let upper) = value.kind else {
            return number(value, "period", in: Limits.period).map { $0...$0 }
        }
        guard let low = number(lower, "period", in: Limits.period), let high = number(upper, "period", in: Limits.period) else {
            return nil
        }
        guard low < high else {
            error(value.range, "empty range of periods \(Canonical.number(low))...\(Canonical.number(high))",
                  hint: "write the shorter period first, and two different periods (or one number for a fixed period)")
            return nil
        }
        return low...high
    }
}
