import Figures
import Lessons
import Runner

/// The numbers tables and `{result}` roles show, computed once from an
/// experiment's runs so that both always agree.
struct ModelMetrics {
    var label: String
    var finalLoss: Double?
    var finalLossStd: Double?
    var bestLoss: Double?
    /// Mean over the seeds that got below half the baseline, and how many did.
    var stepsToHalfBaseline: Double?
    var reachedHalf: Int
    var seeds: Int
    var parameters: Int
    /// Seeds that diverged, with the step.
    var diverged: [(seed: Int, step: Int)]

    init(_ model: ModelResult, baseline: Double) {
        label = model.label
        seeds = model.runs.count
        parameters = model.parameterCount
        diverged = model.runs.compactMap { run in run.divergedAt.map { (run.seed, $0) } }
        let finals = model.runs.map(\.finalLoss).filter(\.isFinite)
        if !finals.isEmpty, diverged.isEmpty {
            let mean = finals.reduce(0, +) / Double(finals.count)
            finalLoss = mean
            finalLossStd = finals.count > 1
                ? (finals.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(finals.count - 1)).squareRoot() : nil
        }
        let bests = model.runs.map(\.bestLoss).filter(\.isFinite)
        bestLoss = bests.isEmpty ? nil : bests.reduce(0, +) / Double(bests.count)
        let reached = model.runs.compactMap { $0.stepsTo(below: baseline / 2) }
        reachedHalf = reached.count
        stepsToHalfBaseline = reached.isEmpty ? nil : Double(reached.reduce(0, +)) / Double(reached.count)
    }

    /// The value of a metric as a table cell or inline result shows it.
    func text(_ metric: Metric) -> String {
        switch metric {
        case .finalLoss:
            if let step = diverged.first?.step { return "diverged at step \(step)" }
            guard let mean = finalLoss else { return "n/a" }
            if let std = finalLossStd { return "\(Format.number(mean)) ± \(Format.number(std))" }
            return Format.number(mean)
        case .bestLoss:
            return bestLoss.map(Format.number) ?? "n/a"
        case .stepsToHalfBaseline:
            guard let steps = stepsToHalfBaseline else { return "not reached" }
            let rounded = Format.integer(Int(steps.rounded()))
            return reachedHalf == seeds ? rounded : "\(rounded) (\(reachedHalf) of \(seeds) seeds)"
        case .parameters:
            return Format.integer(parameters)
        }
    }

    /// The bare number for `{result}` (mean over seeds, no ± part).
    func inline(_ metric: Metric) -> String {
        switch metric {
        case .finalLoss:
            if let step = diverged.first?.step { return "diverged (step \(step))" }
            return finalLoss.map(Format.number) ?? "n/a"
        case .bestLoss, .parameters: return text(metric)
        case .stepsToHalfBaseline:
            return stepsToHalfBaseline.map { Format.integer(Int($0.rounded())) } ?? "never"
        }
    }

    static let headers: [Metric: String] = [
        .finalLoss: "final test loss", .bestLoss: "best test loss",
        .stepsToHalfBaseline: "steps to half the baseline", .parameters: "parameters",
    ]
}

/// Number formatting for pages: few significant digits, thousands separated.
enum Format {
    static func number(_ x: Double) -> String {
        guard x.isFinite else { return x.isNaN ? "NaN" : (x > 0 ? "∞" : "−∞") }
        return NumberFormat.significant(x, digits: 3)
    }

    static func integer(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out += "," }
            out.append(c)
        }
        return (n < 0 ? "−" : "") + out
    }

    /// Shortest text that reads back as the same Double (data files).
    static func exact(_ x: Double) -> String {
        x.isFinite ? "\(x)" : (x.isNaN ? "nan" : (x > 0 ? "inf" : "-inf"))
    }
}
