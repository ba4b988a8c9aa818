import Figures

extension ValueReader {
    /// `sigmoid`, `sigmoid(k: 5)`, `tanh`, …
    func plotFunction(_ value: Value) -> PlotFunction? {
        guard let (call, args) = call(value, "function", among: SchemaRegistry.functions, example: "sigmoid(k: 5)") else { return nil }
        switch call.name {
        case "sigmoid": return args.number("k", default: 1, in: Limits.sigmoidSlope).map { .sigmoid(k: $0) }
        case "tanh": return .tanh
        case "relu": return .relu
        case "hardSigmoid": return .hardSigmoid
        case "step": return .step
        default: return .identity
        }
    }
}
