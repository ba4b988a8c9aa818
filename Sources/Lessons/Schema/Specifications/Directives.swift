import Engine
import Figures

/// ```{experiment} name```: train models on a task and plot their losses.
public struct ExperimentDirective: Hashable, Sendable, CanonicalForm {
    public var task: TaskSpec
    public var models: [ModelSpecification]
    /// The label of each model: its `label:` or one generated from the arguments
    /// that set it apart (`lstm · forgetBias 1`); unique within the experiment.
    public var labels: [String]
    public var steps: Int
    public var batch: Int
    public var optimizer: OptimizerSettings
    /// Maximum global gradient norm; 0 turns clipping off.
    public var clip: Double
    /// How the learning rate changes over the steps.
    public var schedule: LearningRateSchedule = .constant
    public var seeds: [Int]
    /// Evaluate every this many steps (default: steps/50, at least 1).
    public var evalEvery: Int
    /// Which weights to publish as safetensors in output/data: before training, after, both or none.
    public var saveWeights: [Moment]
    /// The loss a seed must reach to count as solved; nil: half the task's baseline.
    /// Not part of the canonical form: it changes the outcomes read from the runs, not the runs.
    public var threshold: Double?
    /// Where the task is written, for errors found later (a missing text file).
    public var taskRange: SourceRange?

    public var canonicalForm: String {
        var arguments = [
            ("task", task.canonicalForm), ("models", Canonical.list(models)), ("steps", steps.canonical),
            ("batch", batch.canonical), ("optimizer", optimizer.canonicalForm), ("clip", Canonical.number(clip)),
            ("seeds", Canonical.list(seeds.map(\.canonical))), ("evalEvery", evalEvery.canonical),
            ("saveWeights", Canonical.list(saveWeights.map(\.rawValue))),
        ]
        // A constant schedule is left out, so experiments written before schedules keep their keys.
        if schedule != .constant { arguments.append(("schedule", schedule.canonicalForm)) }
        return Canonical.call("experiment", arguments)
    }

    /// The optimiser model `index` trains with: its own, or the experiment's.
    public func optimizer(for index: Int) -> OptimizerSettings { models[index].training.optimizer ?? optimizer }
    /// The clipping norm model `index` trains with (0 = off).
    public func clip(for index: Int) -> Double { models[index].training.clip ?? clip }
    /// The learning-rate schedule model `index` trains with.
    public func schedule(for index: Int) -> LearningRateSchedule { models[index].training.schedule ?? schedule }
}

/// ```{gradient-flow} name```: ‖∂L/∂h_t‖ over time, before and/or after training.
public struct GradientFlowDirective: Hashable, Sendable, CanonicalForm {
    /// Models of an experiment, or models given here (measured at initialisation only).
    public enum Source: Hashable, Sendable {
        case experiment(NameReference)
        case models([ModelSpecification])
    }

    public var source: Source
    /// The task whose sequences are measured; nil means the experiment's own task.
    public var task: TaskSpec?
    public var when: [Moment]
    public var seeds: [Int]
    public var taskRange: SourceRange?
    public var seedsRange: SourceRange?

    public var canonicalForm: String {
        var arguments: [(String, String)] = []
        switch source {
        case .experiment(let reference): arguments.append(("experiment", reference.name))
        case .models(let models): arguments.append(("models", Canonical.list(models)))
        }
        arguments.append(("task", task?.canonicalForm ?? "experiment"))
        arguments.append(("when", Canonical.list(when.map(\.rawValue))))
        arguments.append(("seeds", Canonical.list(seeds.map(\.canonical))))
        return Canonical.call("gradient-flow", arguments)
    }
}

/// ```{activations} name```: a gate or state of one model over an input sequence.
public struct ActivationsDirective: Hashable, Sendable, CanonicalForm {
    public var experiment: NameReference
    public var model: ModelReference
    public var modelRange: SourceRange?
    public var quantity: Quantity
    public var quantityRange: SourceRange?
    public var input: ActivationInput
    public var inputRange: SourceRange?
    public var units: UnitSelection
    public var unitsRange: SourceRange?
    /// Shared or per-row colour scale; display only, so not in the canonical form.
    public var scale: ActivationScale = .shared

    public var canonicalForm: String {
        Canonical.call("activations", [
            ("experiment", experiment.name), ("model", model.canonicalForm), ("quantity", quantity.rawValue),
            ("input", input.canonicalForm), ("units", units.canonicalForm),
        ])
    }
}

/// ```{prediction} name```: a model's output against the target, optionally running free.
public struct PredictionDirective: Hashable, Sendable, CanonicalForm {
    public var experiment: NameReference
    public var model: ModelReference
    public var modelRange: SourceRange?
    /// Steps to show; nil means the task's length.
    public var length: Int?
    /// The last `freeRun` steps are fed the model's own output.
    public var freeRun: Int
    public var freeRunRange: SourceRange?

    public var canonicalForm: String {
        Canonical.call("prediction", [
            ("experiment", experiment.name), ("model", model.canonicalForm),
            ("length", length?.canonical ?? "task"), ("freeRun", freeRun.canonical),
        ])
    }
}

/// ```{function-plot} name```: activation functions over an interval.
public struct FunctionPlotDirective: Hashable, Sendable, CanonicalForm {
    public static let defaultXLabel = "x"
    public static let defaultYLabel = "f(x)"

    public var functions: [PlotFunction]
    public var x: ClosedRange<Double>
    /// The axis titles, e.g. "score difference s₁ − s₂" and "weight on state 1"; display only,
    /// so not in the canonical form.
    public var xLabel: String
    public var yLabel: String

    public init(functions: [PlotFunction], x: ClosedRange<Double>, xLabel: String = defaultXLabel, yLabel: String = defaultYLabel) {
        self.functions = functions
        self.x = x
        self.xLabel = xLabel
        self.yLabel = yLabel
    }

    public var canonicalForm: String {
        Canonical.call("function-plot", [
            ("functions", Canonical.list(functions)),
            ("x", Canonical.number(x.lowerBound) + "..." + Canonical.number(x.upperBound)),
        ])
    }
}

/// ```{diagram} lstm```: a cell's wiring.
public struct DiagramDirective: Hashable, Sendable, CanonicalForm {
    public var cell: DiagramCell
    public var names: GateNames

    public var canonicalForm: String {
        Canonical.call("diagram", [("cell", cell.rawValue), ("names", names.rawValue)])
    }
}

/// ```{table} name```: metrics of an experiment's models.
public struct TableDirective: Hashable, Sendable, CanonicalForm {
    public var experiment: NameReference
    public var metrics: [Metric]
    /// Where `:metrics:` is written, for errors about one of them.
    public var metricsRange: SourceRange?

    public var canonicalForm: String {
        Canonical.call("table", [("experiment", experiment.name), ("metrics", Canonical.list(metrics.map(\.rawValue)))])
    }
}
