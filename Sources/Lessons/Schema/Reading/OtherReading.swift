import Engine
import Figures

extension DiagnosticCollector {
    /// `adam(lr: 0.003)`, `sgd(lr: 0.1, momentum: 0.9)`, `rmsprop`.
    func optimizer(_ value: Value) -> OptimizerSettings? {
        let schemas = SchemaRegistry.optimizers
        guard let call = call(value, "optimizer", known: schemas.map(\.name), example: "adam(lr: 0.001)") else { return nil }
        let schema = SchemaRegistry.call(call.name, in: schemas)
        let args = arguments(of: call, labels: schema.labels, positional: schema.positional)
        func rate(_ key: String, default defaultValue: Double) -> Double? {
            read(args, key, default: defaultValue) { number($0, key, in: Limits.decayRate) }
        }
        switch call.name {
        case "sgd":
            let lr = read(args, required: "lr", example: "0.1") { number($0, "lr", in: Limits.learningRate) }
            let momentum = read(args, "momentum", default: 0) { number($0, "momentum", in: Limits.momentum) }
            guard let lr, let momentum else { return nil }
            return .sgd(learningRate: lr, momentum: momentum)
        case "rmsprop":
            let lr = read(args, "lr", default: 0.01) { number($0, "lr", in: Limits.learningRate) }
            let alpha = rate("alpha", default: 0.99)
            guard let lr, let alpha else { return nil }
            return .rmsprop(learningRate: lr, alpha: alpha)
        default:
            let lr = read(args, "lr", default: 0.001) { number($0, "lr", in: Limits.learningRate) }
            let beta1 = rate("beta1", default: 0.9), beta2 = rate("beta2", default: 0.999)
            guard let lr, let beta1, let beta2 else { return nil }
            return .adam(learningRate: lr, beta1: beta1, beta2: beta2)
        }
    }

    /// `sigmoid`, `sigmoid(k: 5)`, `tanh`, …
    func plotFunction(_ value: Value) -> PlotFunction? {
        let schemas = SchemaRegistry.functions
        guard let call = call(value, "function", known: schemas.map(\.name), example: "sigmoid(k: 5)") else { return nil }
        let schema = SchemaRegistry.call(call.name, in: schemas)
        let args = arguments(of: call, labels: schema.labels, positional: schema.positional)
        switch call.name {
        case "sigmoid": return read(args, "k", default: 1) { number($0, "k", in: Limits.sigmoidSlope) }.map { .sigmoid(k: $0) }
        case "tanh": return .tanh
        case "relu": return .relu
        case "hardSigmoid": return .hardSigmoid
        case "step": return .step
        default: return .identity
        }
    }

    /// Seeds as an integer, an array of integers or a range, all distinct.
    func seeds(_ value: Value) -> [Int]? {
        if case .range(let lower, let upper) = value.kind {
            guard let low = integer(lower, "seeds", in: Limits.seedValue),
                  let high = integer(upper, "seeds", in: Limits.seedValue) else { return nil }
            // Counted before anything is allocated: 1...100000000 must not build an array.
            guard high >= low else {
                error(value.range, "empty range \(low)...\(high)", hint: "write the smaller seed first: \(high)...\(low)")
                return nil
            }
            guard high - low + 1 <= Limits.seedCount.upperBound else {
                error(value.range, "\(high - low + 1) seeds are too many", hint: "'seeds' takes at most \(Limits.seedCount.upperBound) seeds")
                return nil
            }
            return Array(low...high)
        }
        guard let seeds = list(value, "seeds", count: Limits.seedCount, element: { integer($0, "seeds", in: Limits.seedValue) }) else {
            return nil
        }
        if case .array(let items) = value.kind, let duplicate = firstDuplicate(seeds) {
            error(items[duplicate].range, "seed \(seeds[duplicate]) is given twice", hint: "each seed trains the models once; remove the repeat")
            return nil
        }
        return seeds
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
