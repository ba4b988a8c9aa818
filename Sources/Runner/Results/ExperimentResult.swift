/// What an experiment produced: per model, per seed, the held-out curve and
/// the trained weights (as Float bit patterns, so a cache round trip is exact).
public struct ExperimentResult: Codable, Sendable, Equatable {
    public var task: TaskSummary
    public var models: [ModelResult]

    /// Whether every run carries its training traces (cache entries from before traces do not).
    public var hasTraces: Bool { models.allSatisfy { $0.runs.allSatisfy { $0.traces != nil } } }
}

/// The task as the figures and tables need it.
public struct TaskSummary: Codable, Sendable, Equatable {
    /// `adding(length: 50)`.
    public var description: String
    /// The loss of the best blind predictor (1/6 for adding).
    public var baseline: Double
    public var hasAccuracy: Bool
    /// Whether the loss is cross-entropy (in nats) or mean squared error.
    public var isClassification: Bool
}

public struct ModelResult: Codable, Sendable, Equatable {
    public var label: String
    public var parameterCount: Int
    public var runs: [SeedRun]

    /// Mean over seeds of a per-run number, skipping runs where it is nil.
    func mean(_ value: (SeedRun) -> Double?) -> Double? {
        let values = runs.compactMap(value)
        return values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }
}

/// One model trained from one seed.
public struct SeedRun: Codable, Sendable, Equatable {
    public var seed: Int
    /// Steps at which the held-out batch was evaluated (0 = before training).
    public var steps: [Int]
    public var loss: [Double]
    public var accuracy: [Double]?
    /// The step at which the loss or gradient became NaN or infinite.
    public var divergedAt: Int?
    /// Trained parameters in PyTorch's names and order.
    public var weights: [StoredTensor]
    /// The parameters before training, kept when the experiment publishes them (`saveWeights: [init, …]`).
    public var initialWeights: [StoredTensor]?
    /// What training recorded at every step (gradient norms, clipping, gate saturation);
    /// nil in results cached before traces were recorded.
    public var traces: SeedTraces?

    public var finalLoss: Double { loss.last ?? .nan }
    public var bestLoss: Double { loss.filter { $0.isFinite }.min() ?? .nan }

    /// The first evaluated step whose loss is at most half of `baseline`.
    public func stepsTo(below threshold: Double) -> Int? {
        zip(steps, loss).first { $0.1 <= threshold }?.0
    }
}

/// A tensor kept exactly: shape and the IEEE bit patterns of its Floats.
public struct StoredTensor: Codable, Sendable, Equatable {
    public var name: String
    public var shape: [Int]
    public var bits: [UInt32]

    public var values: [Float] { bits.map(Float.init(bitPattern:)) }
}

/// A run's training traces as stored: the gradient norm before clipping and whether it was
/// clipped at steps 1, 2, …, and per gate the fraction of saturated values after
/// `saturationSteps` updates (``Engine/GateSaturation``).
public struct SeedTraces: Codable, Sendable, Equatable {
    public var gradientNorms: [Double]
    public var clipped: [Bool]
    public var saturationSteps: [Int]
    /// Gate name (`forget`, `input`, `output`, `reset`, `update`) → fraction at each of `saturationSteps`.
    public var saturation: [String: [Double]]

    public init(gradientNorms: [Double], clipped: [Bool], saturationSteps: [Int], saturation: [String: [Double]]) {
        self.gradientNorms = gradientNorms
        self.clipped = clipped
        self.saturationSteps = saturationSteps
        self.saturation = saturation
    }

    /// The largest gradient norm of any step (0 when there is none).
    public var maxGradientNorm: Double { gradientNorms.max() ?? 0 }
    /// The fraction of steps whose gradients were clipped.
    public var clippedFraction: Double {
        clipped.isEmpty ? 0 : Double(clipped.filter { $0 }.count) / Double(clipped.count)
    }
}
