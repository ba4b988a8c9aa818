import Lessons

/// What one model did on one seed, read off its held-out curve.
public struct SeedOutcome: Sendable, Equatable {
    public var seed: Int
    /// The last evaluated loss; +∞ when the seed diverged or the loss is not finite.
    public var finalLoss: Double
    /// The lowest finite evaluated loss; +∞ when there is none.
    public var bestLoss: Double
    /// The first evaluated step at or below the threshold; nil when never (or after diverging).
    public var stepsToThreshold: Int?
    /// The step at which the loss or the gradient stopped being finite.
    public var divergedAt: Int?
    /// What training recorded at every step, when the run has it.
    public var traces: SeedTraces? = nil
    /// The last evaluation's accuracy, for a task that predicts classes (NaN for a seed that diverged).
    public var finalAccuracy: Double? = nil

    /// Reached the threshold and never diverged.
    public var solved: Bool { stepsToThreshold != nil && divergedAt == nil }
}

/// A model's outcomes over its seeds, with the summaries tables, roles and claims show.
///
/// An unsolved seed counts as never reaching the threshold (+∞ steps), so the median
/// number of steps is "not reached" when half or more of the seeds did not solve:
/// a model that solves 1 of 10 quickly does not look fast.
public struct ModelOutcomes: Sendable, Equatable {
    public var label: String
    public var parameterCount: Int
    public var seeds: [SeedOutcome]

    public var solvedCount: Int { seeds.filter(\.solved).count }
    public var divergedCount: Int { seeds.filter { $0.divergedAt != nil }.count }

    /// Steps to the threshold per seed, +∞ for a seed that did not solve.
    public var steps: [Double] { seeds.map { $0.solved ? Double($0.stepsToThreshold ?? 0) : .infinity } }
    public var finalLosses: [Double] { seeds.map(\.finalLoss) }
    public var bestLosses: [Double] { seeds.map(\.bestLoss) }

    public var medianSteps: Double { SeedSample.median(steps) }
    public var lowerQuartileSteps: Double { SeedSample.lowerQuartile(steps) }
    public var upperQuartileSteps: Double { SeedSample.upperQuartile(steps) }
    public var medianFinalLoss: Double { SeedSample.median(finalLosses) }
    public var medianBestLoss: Double { SeedSample.median(bestLosses) }
    /// The final accuracy per seed (0 for a seed that diverged or has none).
    public var accuracies: [Double] { seeds.map { $0.divergedAt == nil ? ($0.finalAccuracy ?? 0) : 0 } }
    public var medianAccuracy: Double { SeedSample.median(accuracies) }
    /// The final loss per seed in bits (nats ÷ ln 2).
    public var bitsPerCharacter: [Double] { finalLosses.map { $0 / 0.693_147_180_559_945_3 } }

    /// A 95 % percentile-bootstrap interval of the median final loss (2000 resamples, seed 1).
    public var finalLossInterval: Interval { Bootstrap.interval(finalLosses, seed: 1) }
}

/// The outcomes of every model of an experiment, against one threshold.
public struct ExperimentOutcomes: Sendable, Equatable {
    public var baseline: Double
    public var threshold: Double
    public var models: [ModelOutcomes]

    /// - Parameter threshold: the loss that counts as solved; nil means half the task's baseline.
    public init(_ result: ExperimentResult, threshold: Double?) {
        baseline = result.task.baseline
        let threshold = threshold ?? result.task.baseline / 2
        self.threshold = threshold
        models = result.models.map { model in
            ModelOutcomes(label: model.label, parameterCount: model.parameterCount, seeds: model.runs.map { run in
                let reached = zip(run.steps, run.loss).first { $0.1 <= threshold }?.0
                let final = run.divergedAt == nil && run.finalLoss.isFinite ? run.finalLoss : .infinity
                let best = run.bestLoss.isFinite ? run.bestLoss : .infinity
                return SeedOutcome(seed: run.seed, finalLoss: final, bestLoss: best,
                                   stepsToThreshold: run.divergedAt == nil ? reached : nil, divergedAt: run.divergedAt,
                                   traces: run.traces, finalAccuracy: run.accuracy?.last)
            })
        }
    }

    public init(_ result: ExperimentResult, experiment: ExperimentDirective) {
        self.init(result, threshold: experiment.threshold)
    }

    /// The outcomes of the model labelled `label`.
    public func model(_ label: String) -> ModelOutcomes? { models.first { $0.label == label } }
}
