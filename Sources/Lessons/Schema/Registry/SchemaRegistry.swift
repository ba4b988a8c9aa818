import Engine

/// Every directive, model, task, optimiser, initialisation and plot function a
/// lesson can name, with its options or arguments (DESIGN.md "Directives").
public enum SchemaRegistry {
    static func range<T>(_ bounds: ClosedRange<T>) -> String { "\(bounds.lowerBound)...\(bounds.upperBound)" }

    public static let directives: [DirectiveSchema] = [
        DirectiveSchema(kind: .experiment, argument: .requiredName, options: [
            ParameterSchema("task", "a task call", required: true),
            ParameterSchema("models", "array of \(range(Limits.models)) model calls", required: true),
            ParameterSchema("steps", "integer in \(range(Limits.steps))", default: "1000"),
            ParameterSchema("batch", "integer in \(range(Limits.batch))", default: "32"),
            ParameterSchema("optimizer", "an optimizer call", default: "adam(lr: 0.001)"),
            ParameterSchema("clip", "number in \(range(Limits.clip)); 0 = off", default: "1.0"),
            ParameterSchema("schedule", "a learning-rate schedule call", default: "constant"),
            ParameterSchema("seeds", "integer, array or range of \(range(Limits.seedCount)) seeds", default: "[1]"),
            ParameterSchema("evalEvery", "integer in 1...steps", default: "steps/50"),
            ParameterSchema("saveWeights", "true (the trained weights), false, init, trained or [init, trained]", default: "false"),
            ParameterSchema("threshold", "number in \(range(Limits.threshold)): the loss that counts as solved", default: "half the task's baseline"),
            .from,
            .alt,
        ]),
        DirectiveSchema(kind: .gradientFlow, argument: .optionalName, options: [
            ParameterSchema("experiment", "name of an experiment (or give models)"),
            ParameterSchema("models", "array of model calls (or give experiment)"),
            ParameterSchema("task", "a task call; required with models", default: "the experiment's task"),
            ParameterSchema("when", "array of init, trained", default: "[init, trained]; [init] with models"),
            ParameterSchema("seeds", "integer, array or range", default: "[1]"),
            .from,
            .alt,
        ]),
        DirectiveSchema(kind: .activations, argument: .optionalName, options: [
            ParameterSchema("experiment", "name of an experiment", required: true),
            ParameterSchema("model", "label string or 1-based index", default: "1"),
            ParameterSchema("quantity", Quantity.allCases.map(\.rawValue).joined(separator: " | "), required: true),
            ParameterSchema("input", "string of symbols, for symbol tasks (or give seed)"),
            ParameterSchema("seed", "integer seed of the input sequence", default: "1"),
            ParameterSchema("units", "array of 1-based units; top(n), the n of largest variance; or correlated(depth|position, count: 4, by: quantity), "
                            + "the count units whose by quantity (default: this figure's) correlates most strongly with the feature, by |r|",
                            default: "top(4)"),
            ParameterSchema("scale", "shared (one colour scale for every row) | row (each row scaled to its own range)", default: "shared"),
            .from,
            .alt,
        ]),
        DirectiveSchema(kind: .prediction, argument: .optionalName, options: [
            ParameterSchema("experiment", "name of an experiment", required: true),
            ParameterSchema("model", "label string or 1-based index", default: "1"),
            ParameterSchema("length", "integer in \(range(Limits.sequenceLength))", default: "the task's length"),
            ParameterSchema("freeRun", "integer in 0...length", default: "0"),
            .from,
            .alt,
        ]),
        DirectiveSchema(kind: .functionPlot, argument: .optionalName, options: [
            ParameterSchema("functions", "array of plot functions", default: "[sigmoid, tanh, relu, sigmoid(k: 5)]"),
            ParameterSchema("x", "range of numbers in \(range(Limits.plotRange))", default: "-6...6"),
            ParameterSchema("xLabel", "string: the x axis title (\(range(Limits.label)) characters)", default: "\"x\""),
            ParameterSchema("yLabel", "string: the y axis title (\(range(Limits.label)) characters)", default: "\"f(x)\""),
            .from,
            .alt,
        ]),
        DirectiveSchema(kind: .diagram, argument: .nameOrCell, options: [
            ParameterSchema("cell", DiagramCell.allCases.map(\.rawValue).joined(separator: " | "),
                            default: "the argument, in the older form ```{diagram} lstm``` (then unnamed)"),
            ParameterSchema("names", "classic | remember", default: "classic"),
            .alt,
        ]),
        DirectiveSchema(kind: .table, argument: .optionalName, options: [
            ParameterSchema("experiment", "name of an experiment", required: true),
            ParameterSchema("metrics", "array of " + Metric.allCases.map(\.rawValue).joined(separator: ", "),
                            default: "[solved, finalLoss, bestLoss, stepsToThreshold, parameters]"),
            .from,
            .alt,
        ]),
        DirectiveSchema(kind: .claim, argument: .requiredName, options: [
            ParameterSchema("experiment", "name of an experiment whose outcomes the claim reads"),
            ParameterSchema("gradients", "name of a gradient-flow figure the claim reads"),
            ParameterSchema("activations", "name of an activations figure the claim reads"),
            ParameterSchema("prediction", "name of a prediction figure the claim reads"),
            ParameterSchema("holds", "a claim expression (see Claims)", required: true),
            ParameterSchema("test", "rankSum(level:), level in 0.0001...0.5", default: "none: comparisons of numbers only"),
        ]),
        DirectiveSchema(kind: .outcomes, argument: .optionalName, options: [
            ParameterSchema("experiment", "name of an experiment", required: true),
            .from,
            .alt,
        ]),
        DirectiveSchema(kind: .trace, argument: .optionalName, options: [
            ParameterSchema("experiment", "name of an experiment", required: true),
            ParameterSchema("quantity", "gradientNorm (before clipping, every step) | saturation (of a gate, every evaluation)",
                            default: "gradientNorm"),
            ParameterSchema("gate", "forget | input | output | reset | update; required with saturation"),
            ParameterSchema("models", "array of model labels or 1-based indices", default: "every model"),
            .from,
            .alt,
        ]),
    ]

    /// The schema of `kind`.
    public static func schema(for kind: Directive.Kind) -> DirectiveSchema {
        directives.first { $0.kind == kind } ?? DirectiveSchema(kind: kind, argument: .optionalName, options: [.alt])
    }

    static let hidden = ParameterSchema("hidden", "integer in \(range(Limits.hidden))", required: true)
    static let layers = ParameterSchema("layers", "integer in \(range(Limits.layers))", default: "1")
    static let label = ParameterSchema("label", "string", default: "generated from the arguments")
    /// A model's own training settings, overriding the experiment's.
    static let training = [
        ParameterSchema("optimizer", "an optimizer call: this model's own", default: "the experiment's"),
        ParameterSchema("clip", "number in \(range(Limits.clip)); 0 = off: this model's own", default: "the experiment's"),
        ParameterSchema("schedule", "a schedule call: this model's own", default: "the experiment's"),
    ]

    static let initWithoutGates = ParameterSchema("init", "pytorch | xavier | orthogonal(gain:)", default: "pytorch")
    static let initWithGates = ParameterSchema("init", "pytorch | xavier | orthogonal(gain:) | chrono(maxLength:)", default: "pytorch")

    public static let models: [CallSchema] = [
        CallSchema("rnn", [hidden, layers, ParameterSchema("nonlinearity", "tanh | relu", default: "tanh"), initWithoutGates, label] + training),
        CallSchema("lstm", [hidden, layers,
                            ParameterSchema("forgetBias", "number in \(range(Limits.forgetBias))",
                                            default: "the initialisation's own draw"),
                            ParameterSchema("peephole", "boolean", default: "false"),
                            ParameterSchema("coupled", "boolean", default: "false"),
                            ParameterSchema("forgetGate", "boolean", default: "true"),
                            initWithGates, label] + training),
        CallSchema("gru", [hidden, layers, ParameterSchema("resetAfter", "boolean", default: "true"), initWithGates, label] + training),
        CallSchema("persistence", [label]),
        CallSchema("unigram", [label]),
        CallSchema("bigram", [label]),
        CallSchema("ar", [ParameterSchema("order", "integer in 1...\(Baseline.maximumOrder)", required: true), label],
                   positional: "order"),
    ]

    static let length = ParameterSchema("length", "integer in \(range(Limits.sequenceLength))", required: true)

    public static let tasks: [CallSchema] = [
        CallSchema("adding", [length], positional: "length"),
        CallSchema("copy", [length, ParameterSchema("count", "integer in \(range(Limits.copyCount))", default: "10")]),
        CallSchema("temporalOrder", [length], positional: "length"),
        CallSchema("brackets", [length, ParameterSchema("maxDepth", "integer in 1...length", required: true)]),
        CallSchema("dampedSine", [length, ParameterSchema("period", "number in \(range(Limits.period)), or a range of them drawn per sequence (12...20)", required: true),
                                  ParameterSchema("decay", "number in \(range(Limits.decay))", required: true)]),
        CallSchema("text", [ParameterSchema("source", "string (or give file)"),
                            ParameterSchema("file", "path of a text file beside the lesson (or give source)"),
                            length]),
    ]

    static let learningRate = ParameterSchema("lr", "number in \(range(Limits.learningRate))", required: true)

    /// Optimisers; `lr` defaults as in PyTorch where PyTorch has a default.
    public static let optimizers: [CallSchema] = [
        CallSchema("adam", [ParameterSchema("lr", learningRate.type, default: "0.001"),
                            ParameterSchema("beta1", "number in [0, 1)", default: "0.9"),
                            ParameterSchema("beta2", "number in [0, 1)", default: "0.999")], positional: "lr"),
        CallSchema("sgd", [learningRate, ParameterSchema("momentum", "number in [0, 1)", default: "0")], positional: "lr"),
        CallSchema("rmsprop", [ParameterSchema("lr", learningRate.type, default: "0.01"),
                               ParameterSchema("alpha", "number in [0, 1)", default: "0.99")], positional: "lr"),
    ]

    /// Learning-rate schedules, as factors on the optimiser's learning rate.
    public static let schedules: [CallSchema] = [
        CallSchema("constant", []),
        CallSchema("step", [ParameterSchema("every", "integer in \(range(Limits.steps)): steps between reductions", required: true),
                            ParameterSchema("factor", "number in \(range(Limits.scheduleFactor)): the reduction", default: "0.1")]),
        CallSchema("cosine", [ParameterSchema("minimum", "number in \(range(Limits.scheduleFactor)): the last step's fraction of lr",
                                              default: "0")], positional: "minimum"),
        CallSchema("warmup", [ParameterSchema("steps", "integer in \(range(Limits.steps)): steps rising linearly to lr", required: true)],
                   positional: "steps"),
    ]

    public static let initializations: [CallSchema] = [
        CallSchema("pytorch", []), CallSchema("xavier", []),
        CallSchema("orthogonal", [ParameterSchema("gain", "number above 0, at most \(Limits.maximumGain)", default: "1")],
                   positional: "gain"),
        CallSchema("chrono", [ParameterSchema("maxLength", "integer in \(range(Limits.chronoMaxLength))", required: true)],
                   positional: "maxLength"),
    ]

    public static let functions: [CallSchema] = [
        CallSchema("sigmoid", [ParameterSchema("k", "number (slope)", default: "1")], positional: "k"),
        CallSchema("tanh", []), CallSchema("relu", []), CallSchema("hardSigmoid", []),
        CallSchema("step", []), CallSchema("identity", []),
    ]

    /// The schema named `name` in `schemas`.
    static func call(_ name: String, in schemas: [CallSchema]) -> CallSchema {
        schemas.first { $0.name == name } ?? CallSchema(name, [])
    }
}
