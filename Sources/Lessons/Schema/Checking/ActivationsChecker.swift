/// Options of ```{activations}```, with the units it shows.
enum ActivationsChecker {
    static func check(_ options: OptionReader, _ d: ValueReader) -> ActivationsDirective? {
        let experiment = options.reference("experiment", example: "forget-bias")
        let model = options.read("model", default: ModelReference.index(1)) { d.modelReference($0) }
        let quantity = options.word("quantity", example: "cellState", as: Quantity.self)
        var input: ActivationInput? = .seed(1)
        if options.has("input"), options.has("seed") {
            d.error(options.range("seed"), "activations takes 'input' or 'seed', not both", hint: "remove one of them")
            input = nil
        } else if options.has("input") {
            input = options.value("input").flatMap { d.string($0, "input", maxLength: Limits.inputLength.upperBound) }.map { .text($0) }
        } else if options.has("seed") {
            input = options.value("seed").flatMap { d.integer($0, "seed", in: Limits.seedValue) }.map { .seed($0) }
        }
        let units = options.read("units", default: UnitSelection.top(4)) { unitSelection($0, d) }
        let scale = options.word("scale", default: ActivationScale.shared, as: ActivationScale.self)
        guard let experiment, let model, let quantity, let input, let units, let scale else { return nil }
        return ActivationsDirective(experiment: experiment, model: model, modelRange: options.value("model")?.range,
                                    quantity: quantity, quantityRange: options.value("quantity")?.range, input: input, inputRange: options.value("input")?.range,
                                    units: units, unitsRange: options.value("units")?.range, scale: scale)
    }

    /// `[3, 7]` (1-based units), `top(4)` or `correlated(depth, count: 3, by: cellState)`.
    static func unitSelection(_ value: Value, _ d: ValueReader) -> UnitSelection? {
        if case .call(let call) = value.kind, call.name == "top" {
            let args = d.arguments(of: call, labels: ["count"], positional: "count")
            return args.integer("count", example: "4", in: Limits.units).map { .top($0) }
        }
        if case .call(let call) = value.kind, call.name == "correlated" { return correlated(call, d) }
        if case .word("top") = value.kind {
            d.error(value.range, "top needs a count", hint: "write top(4) for the four units of largest variance")
            return nil
        }
        if case .word("correlated") = value.kind {
            d.error(value.range, "correlated needs a feature", hint: "write correlated(depth, count: 3) for the three units that track depth best")
            return nil
        }
        guard let units = d.list(value, "units", count: Limits.units, element: { d.integer($0, "units", in: Limits.hidden) }) else {
            return nil
        }
        if case .array(let items) = value.kind, let duplicate = d.firstDuplicate(units) {
            d.error(items[duplicate].range, "unit \(units[duplicate]) is listed twice", hint: "list each unit once")
            return nil
        }
        return .units(units)
    }

    /// `correlated(depth, count: 3, by: cellState)`: the feature may be written without its label.
    static func correlated(_ call: Call, _ d: ValueReader) -> UnitSelection? {
        var call = call
        if let first = call.arguments.first, first.label == nil {
            call.arguments[0] = Argument(label: "feature", labelRange: first.value.range, value: first.value)
        }
        let args = d.arguments(of: call, labels: ["feature", "count", "by"])
        let feature = args.word("feature", example: "depth", as: ActivationFeature.self)
        let count = args.integer("count", default: 4, in: Limits.units)
        let by = args.wordIfGiven("by", as: Quantity.self)
        guard let feature, let count, let by else { return nil }
        return .correlated(feature, count: count, by: by)
    }
}
