import Engine
import Lessons

/// One gate or state of a trained model over an input sequence.
enum ActivationsRunner {
    static func run(_ directive: ActivationsDirective, experiment: ExperimentDirective, result: ExperimentResult,
                    root: String) throws -> ActivationsResult {
        guard let index = experiment.index(of: directive.model) else {
            throw RunError("the model \(directive.model.canonicalForm) is not in experiment '\(directive.experiment.name)'")
        }
        let task = try TaskFiles.task(experiment.task, root: root)
        guard let network = experiment.models[index].network else {
            throw RunError("model '\(experiment.labels[index])' is a baseline: it has no activations")
        }
        let model = try result.model(index, seedIndex: 0, spec: network, task: task)
        let batch: Batch<Float>
        switch directive.input {
        case .text(let text): batch = try task.encode(text, as: Float.self)
        case .seed(let inputSeed):
            var generator = task.generator(seed: UInt64(inputSeed), split: .evaluation)
            batch = try task.batch(size: 1, using: &generator)
        }
        let pass = try model.forward(batch.inputs)
        let trace = try pass.trace(layer: model.spec.layers - 1)
        let (series, isGate) = try values(of: directive.quantity, in: trace)
        let T = batch.steps, H = model.spec.hidden
        // series is (T, 1, H): unit u at step t is series[t * H + u].
        func unitRows(_ series: [Float]) -> [[Double]] { (0..<H).map { u in (0..<T).map { t in Double(series[t * H + u]) } } }
        let rows = unitRows(series)
        let labels = task.inputLabels(of: batch) ?? []
        var correlations: [String: [Double]] = [:]
        for feature in ActivationFeature.allCases {
            guard let values = Self.feature(feature, labels: labels, steps: T) else { continue }
            correlations[feature.rawValue] = rows.map { Self.correlation($0, values) }
        }
        // A ranking quantity other than the figure's own (`by: cellState`) comes from the same trace.
        let (units, ranking) = try select(directive.units, rows: rows) { feature, by in
            guard let values = Self.feature(feature, labels: labels, steps: T) else {
                throw RunError("the input has no \(feature.rawValue) to rank units by")
            }
            let quantity = by ?? directive.quantity
            let ranked = quantity == directive.quantity ? rows : unitRows(try Self.values(of: quantity, in: trace).0)
            return (quantity, ranked.map { Self.correlation($0, values) })
        }
        return ActivationsResult(
            model: experiment.labels[index], quantity: directive.quantity.rawValue,
            units: units.map { $0 + 1 }, values: units.map { rows[$0] },
            columnLabels: labels, isGate: isGate, correlations: correlations, ranking: ranking)
    }

    /// The 0-based units of largest |r|, strongest first, ties by unit number; a unit whose
    /// r is not a number (a model that diverged) comes last.
    static func strongest(_ r: [Double], count: Int) -> [Int] {
        let strength = r.map { $0.isNaN ? -1 : abs($0) }
        let order = r.indices.sorted { strength[$0] != strength[$1] ? strength[$0] > strength[$1] : $0 < $1 }
        return Array(order.prefix(count))
    }

    /// A feature's value at each step, or nil when the input does not have it.
    static func feature(_ feature: ActivationFeature, labels: [String], steps: Int) -> [Double]? {
        switch feature {
        case .position:
            return (0..<steps).map { Double($0 + 1) }
        case .depth:
            guard labels.count == steps, !labels.isEmpty, labels.allSatisfy({ $0 == "(" || $0 == ")" }) else { return nil }
            var depth = 0.0
            return labels.map { label in
                depth += label == "(" ? 1 : -1
                return depth
            }
        }
    }

    /// Pearson's r, summed in index order; 0 when either side is constant.
    static func correlation(_ x: [Double], _ y: [Double]) -> Double {
        let n = Double(min(x.count, y.count))
        guard n > 1 else { return 0 }
        var mx = 0.0, my = 0.0
        for (a, b) in zip(x, y) { mx += a; my += b }
        mx /= n
        my /= n
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for (a, b) in zip(x, y) {
            sxy += (a - mx) * (b - my)
            sxx += (a - mx) * (a - mx)
            syy += (b - my) * (b - my)
        }
        guard sxx > 0, syy > 0 else { return 0 }
        return sxy / (sxx * syy).squareRoot()
    }

    static func values(of quantity: Quantity, in trace: CellTrace<Float>) throws -> ([Float], Bool) {
        let gate: Gate?
        switch quantity {
        case .hidden: return (trace.hidden.values, false)
        case .cellState:
            guard let c = trace.cellState else { throw RunError("this cell has no cell state") }
            return (c.values, false)
        case .forget: gate = .forget
        case .input: gate = .input
        case .output: gate = .output
        case .candidate: gate = .candidate
        case .reset: gate = .reset
        case .update: gate = .update
        }
        guard let gate, let values = trace.gates[gate] else {
            throw RunError("this cell has no \(quantity.rawValue) gate")
        }
        return (values.values, gate != .candidate)
    }

    /// The 0-based units to show: as listed (1-based), the `top(k)` by variance over time,
    /// most variable first (ties by unit number), or the `correlated(…)` ones by |r|, with
    /// their ranking.
    /// - Parameter correlate: every unit's r of the ranking quantity with a feature.
    static func select(
        _ selection: UnitSelection, rows: [[Double]],
        correlate: (ActivationFeature, Quantity?) throws -> (quantity: Quantity, r: [Double])
    ) throws -> (units: [Int], ranking: UnitRanking?) {
        switch selection {
        case .units(let units):
            return (units.map { $0 - 1 }.filter { rows.indices.contains($0) }, nil)
        case .top(let count):
            let variances = rows.map { row -> Double in
                let mean = row.reduce(0, +) / Double(max(row.count, 1))
                return row.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
            }
            let order = rows.indices.sorted { variances[$0] != variances[$1] ? variances[$0] > variances[$1] : $0 < $1 }
            return (Array(order.prefix(count)), nil)
        case .correlated(let feature, let count, let by):
            let (quantity, r) = try correlate(feature, by)
            let units = strongest(r, count: count)
            return (units, UnitRanking(feature: feature.rawValue, quantity: quantity.rawValue, r: units.map { r[$0] }))
        }
    }

    /// The 0-based units of largest |r|, strongest first, ties by unit number; a unit whose
}
