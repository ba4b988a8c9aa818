/// Draws a model's initial parameters from a seed.
///
/// Values are drawn in Double from ``SeededGenerator`` (stream `"init"`),
/// tensor by tensor in layout order and row-major inside a tensor, then
/// rounded to the scalar type, so Float and Double models from one seed agree
/// to Float precision.
enum Initializer {
    static func parameters<Scalar: EngineScalar>(
        _ layout: ParameterLayout, seed: UInt64, as _: Scalar.Type = Scalar.self
    ) throws(EngineError) -> NamedTensors<Scalar> {
        var rng = SeededGenerator(seed: seed, stream: "init")
        let spec = layout.spec
        let h = spec.hidden
        let bound = 1 / Double(h).squareRoot()
        var result = NamedTensors<Scalar>()
        for (name, shape) in layout.entries {
            let count = shape.reduce(1, *)
            var values = [Double](repeating: 0, count: count)
            let isHead = name.hasPrefix("head.")
            switch spec.initialization {
            case .pytorch, .chrono:
                for j in 0..<count { values[j] = rng.uniform(-bound, bound) }
            case .xavier, .orthogonal:
                if isHead {
                    for j in 0..<count { values[j] = rng.uniform(-bound, bound) }
                } else if name.hasPrefix("weight_ih") || (name.hasPrefix("weight_hh") && spec.initialization == .xavier) {
                    let a = (6 / Double(shape[1] + h)).squareRoot()
                    for j in 0..<count { values[j] = rng.uniform(-a, a) }
                } else if name.hasPrefix("weight_hh"), case .orthogonal(let gain) = spec.initialization {
                    for block in 0..<(shape[0] / h) {
                        let q = orthogonal(h, &rng)
                        // × 1 is exact in IEEE arithmetic, so gain 1 keeps the earlier bits.
                        for j in 0..<(h * h) { values[block * h * h + j] = gain * q[j] }
                    }
                }
                // Biases and peepholes start at 0.
            }
            result[name] = try Tensor(shape: shape, values: values.map { Scalar($0) })
        }
        applyGateBiases(layout, seed: seed, &result)
        return result
    }

    /// The chrono draws and the forget bias, which overwrite bias slices.
    private static func applyGateBiases<Scalar: EngineScalar>(
        _ layout: ParameterLayout, seed: UInt64, _ p: inout NamedTensors<Scalar>
    ) {
        let spec = layout.spec, h = spec.hidden
        let gates = spec.cell.gates
        var rng = SeededGenerator(seed: seed, stream: "chrono")
        for k in 0..<spec.layers {
            guard var bih = p["bias_ih_l\(k)"], var bhh = p["bias_hh_l\(k)"] else { continue }
            func set(_ gate: Gate, _ value: (Int) -> Double) {
                guard let g = gates.firstIndex(of: gate) else { return }
                for u in 0..<h {
                    bih.values[g * h + u] = Scalar(value(u))
                    bhh.values[g * h + u] = 0
                }
            }
            if case .chrono(let tMax) = spec.initialization {
                var draws = [Double](repeating: 0, count: h)
                for u in 0..<h { draws[u] = Elementary.log(rng.uniform(1, Double(tMax - 1))) }
                if case .gru = spec.cell {
                    set(.update) { draws[$0] }
                } else {
                    set(.forget) { draws[$0] }
                    set(.input) { -draws[$0] }
                }
            }
            if case .lstm(let o) = spec.cell, let b = o.forgetBias {
                if o.coupled { set(.input) { _ in -b } } else { set(.forget) { _ in b } }
            }
            p["bias_ih_l\(k)"] = bih
            p["bias_hh_l\(k)"] = bhh
        }
    }

    /// An n×n orthogonal matrix, row-major: modified Gram–Schmidt on the
    /// rows of a standard normal matrix (equivalent to QR with R's diagonal
    /// made positive, as `nn.init.orthogonal_` does).
    static func orthogonal(_ n: Int, _ rng: inout SeededGenerator) -> [Double] {
        var m = [Double](repeating: 0, count: n * n)
        for j in 0..<(n * n) { m[j] = rng.normal() }
        for r in 0..<n {
            for _ in 0..<2 {  // twice, for orthogonality to rounding
                for q in 0..<r {
                    var dot = 0.0
                    for c in 0..<n { dot += m[r * n + c] * m[q * n + c] }
                    for c in 0..<n { m[r * n + c] -= dot * m[q * n + c] }
                }
            }
            var norm = 0.0
            for c in 0..<n { norm += m[r * n + c] * m[r * n + c] }
            norm = norm.squareRoot()
            // A normal row is almost surely independent of the previous ones.
            let scale = norm > 0 ? 1 / norm : 0
            for c in 0..<n { m[r * n + c] *= scale }
        }
        return m
    }
}
