import Figures
import Lessons
import Runner

/// The numbers tables, data files and `{result}` roles show, computed once from
/// a model's outcomes so that all three always agree.
struct ModelMetrics {
    var outcomes: ModelOutcomes

    init(_ outcomes: ModelOutcomes) {
        self.outcomes = outcomes
    }

    /// The value as a number for a data file: plain, no separators, `inf` for never.
    func value(_ metric: Metric) -> Double {
        switch metric {
        case .solved, .solvedCount: Double(outcomes.solvedCount)
        case .finalLoss: outcomes.medianFinalLoss
        case .bestLoss: outcomes.medianBestLoss
        case .stepsToThreshold: outcomes.medianSteps
        case .stepsQ1: outcomes.lowerQuartileSteps
        case .stepsQ3: outcomes.upperQuartileSteps
        case .finalLossLow: outcomes.finalLossInterval.lower
        case .finalLossHigh: outcomes.finalLossInterval.upper
        case .diverged: Double(outcomes.divergedCount)
        case .seeds: Double(outcomes.seeds.count)
        case .parameters: Double(outcomes.parameterCount)
        case .accuracy: outcomes.medianAccuracy
        case .bitsPerCharacter: SeedSample.median(outcomes.bitsPerCharacter)
        }
    }

    /// The value as a table cell or inline result shows it.
    func text(_ metric: Metric) -> String {
        let value = value(metric)
        switch metric {
        case .solved:
            return "\(outcomes.solvedCount) of \(outcomes.seeds.count)"
        case .solvedCount, .diverged, .seeds, .parameters:
            return Format.integer(Int(value))
        case .stepsToThreshold, .stepsQ1, .stepsQ3:
            return value.isFinite ? Format.integer(Int(value.rounded())) : "not reached"
        case .finalLoss, .bestLoss, .finalLossLow, .finalLossHigh, .bitsPerCharacter:
            return value.isFinite ? Format.number(value) : "not finite"
        case .accuracy:
            return value.isFinite ? Format.number(100 * value) + " %" : "not finite"
        }
    }

    static let headers: [Metric: String] = [
        .solved: "solved", .finalLoss: "median final test loss", .bestLoss: "median best test loss",
        .stepsToThreshold: "median steps to threshold", .stepsQ1: "steps, lower quartile", .stepsQ3: "steps, upper quartile",
        .finalLossLow: "final loss, 95 % interval low", .finalLossHigh: "final loss, 95 % interval high",
        .solvedCount: "seeds solved", .diverged: "seeds diverged", .seeds: "seeds", .parameters: "parameters",
        .accuracy: "median final accuracy", .bitsPerCharacter: "median bits per character",
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
