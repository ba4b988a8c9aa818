import Figures

extension ValueReader {
    /// `sigmoid`, `sigmoid(k: 5)`, `tanh`, …
    func plotFunction(_ value: Value) -> PlotFunction? {
        let schemas = SchemaRegistry.functions
        guard let call = call(value, "function", known: schemas.map(\.name), example: "sigmoid(k: 5)") else { return nil }
        let schema = SchemaRegistry.call(call.name, in: schemas)
        let args = arguments(of: call, labels: schema.labels, positional: schema.positional)
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
