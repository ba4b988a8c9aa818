/// Names authors reach for that mean one of our options ("epochs" for `steps`).
enum OptionAliases {
    typealias Target = (name: String, hint: String?)

    static let learningRate: [Target] = [
        ("lr", nil),
        ("optimizer", "the learning rate is an argument of the optimizer: ':optimizer: adam(lr: 0.003)'"),
    ]
    static let trainingLength: [Target] = [("steps", "training length is counted in optimiser steps: ':steps: 1000'")]

    /// Each alias with the names it may stand for, in order of preference.
    static let table: [String: [Target]] = [
        "epoch": trainingLength, "epochs": trainingLength, "iterations": trainingLength, "iters": trainingLength,
        "learningRate": learningRate, "learning-rate": learningRate, "learning_rate": learningRate, "lr": learningRate,
        "batchSize": [("batch", nil)], "batch-size": [("batch", nil)], "batch_size": [("batch", nil)],
        "seed": [("seeds", nil)], "model": [("models", nil)],
        "hidden": [("models", "sizes are arguments of each model: lstm(hidden: 32)")],
        "clipping": [("clip", nil)], "gradientClip": [("clip", nil)], "gradClip": [("clip", nil)],
        "caption": [("alt", "the caption is the text after the options; ':alt:' is the figure's alt text")],
        "hiddenSize": [("hidden", nil)], "hidden_size": [("hidden", nil)],
        "numLayers": [("layers", nil)], "num_layers": [("layers", nil)],
        "bias": [("forgetBias", nil)], "forget_bias": [("forgetBias", nil)],
        "activation": [("nonlinearity", nil)],
    ]

    /// The option `name` stands for, when it is among `known`.
    static func suggestion(for name: String, among known: [String]) -> Target? {
        table[name]?.first { known.contains($0.name) }
    }
}
