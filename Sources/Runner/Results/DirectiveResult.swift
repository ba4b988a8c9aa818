/// The outcome of executing one directive, as cached and rendered.
public enum DirectiveResult: Codable, Sendable, Equatable {
    case experiment(ExperimentResult)
    case gradientFlow(GradientFlowResult)
    case activations(ActivationsResult)
    case prediction(PredictionResult)
}

/// ‖∂L/∂h_t‖ over time steps, one series per model and moment.
public struct GradientFlowResult: Codable, Sendable, Equatable {
    public struct Series: Codable, Sendable, Equatable {
        public var label: String
        /// The model's label, and `init` or `trained` (claims find a series by them).
        public var model: String?
        public var moment: String?
        /// Per seed, the norm at each time step t = 1…T.
        public var runs: [[Double]]
    }

    public var series: [Series]
    public var task: String
}

/// A gate or state of one model over one input sequence.
public struct ActivationsResult: Codable, Sendable, Equatable {
    public var model: String
    public var quantity: String
    /// 1-based unit numbers, in the order shown.
    public var units: [Int]
    /// values[row][t] for each shown unit.
    public var values: [[Double]]
    /// The input symbol at each step, when the task has symbols.
    public var columnLabels: [String]
    /// Whether the quantity lies in [0, 1] (a gate) rather than being signed.
    public var isGate: Bool
    /// Per feature of the input (`depth`, `position`), every unit's Pearson correlation
    /// with it over the sequence (unit u at index u − 1); claims rank units by it.
    public var correlations: [String: [Double]]?
    /// When the units were chosen by correlation (`correlated(…)`): what ranked them.
    public var ranking: UnitRanking?
}

/// How an activations figure's units were ranked: by the correlation of a quantity with a
/// feature of the input, strongest |r| first.
public struct UnitRanking: Codable, Sendable, Equatable {
    /// `depth` or `position`.
    public var feature: String
    /// The quantity whose correlation ranked the units: the figure's own, or e.g. `cellState`.
    public var quantity: String
    /// Pearson r (signed) of each shown unit, in the order shown.
    public var r: [Double]
}

/// A model's predictions against the target, possibly running free at the end.
public struct PredictionResult: Codable, Sendable, Equatable {
    public var model: String
    public var target: [Double]
    public var prediction: [Double]
    /// The first step fed with the model's own output, if any.
    public var freeRunStart: Int?
}
