import Engine

/// What an `activations` figure shows.
public enum Quantity: String, Hashable, Sendable, CaseIterable {
    case forget, input, output, candidate, reset, update, cellState, hidden

    /// Whether a model's cell has this quantity (a GRU has no cell state, an RNN no gates).
    public func exists(in model: ModelSpecification) -> Bool {
        switch (self, model.cell) {
        case (.hidden, _): true
        case (.candidate, .lstm), (.candidate, .gru): true
        case (.forget, .lstm(let options)): options.forgetGate
        case (.input, .lstm), (.output, .lstm), (.cellState, .lstm): true
        case (.reset, .gru), (.update, .gru): true
        default: false
        }
    }

    /// The quantities a model has, for hints.
    public static func available(in model: ModelSpecification) -> [Quantity] {
        allCases.filter { $0.exists(in: model) }
    }
}

/// A column of a `table` or the last part of a `{result}` role.
///
/// Over seeds: `solved` ("7 of 10"), medians of the final and best loss, the
/// median and quartiles of the steps to the threshold (a seed that never got
/// there counts as never, so the median is "not reached" when half or more did
/// not), a 95 % bootstrap interval of the median final loss, and counts.
public enum Metric: String, Hashable, Sendable, CaseIterable {
    case solved, finalLoss, bestLoss, stepsToThreshold, stepsQ1, stepsQ3, finalLossLow, finalLossHigh
    case solvedCount, diverged, seeds, parameters

    /// The columns a table shows when it names none.
    public static let standard: [Metric] = [.solved, .finalLoss, .bestLoss, .stepsToThreshold, .parameters]
}

/// When `gradient-flow` measures: before or after training.
public enum Moment: String, Hashable, Sendable, CaseIterable {
    case `init`, trained
}

/// Gate names in a `diagram`: forget/input/output, or remember/save/focus.
public enum GateNames: String, Hashable, Sendable, CaseIterable {
    case classic, remember
}

/// The cell a `diagram` draws (its argument).
public enum DiagramCell: String, Hashable, Sendable, CaseIterable {
    /// `gru` is PyTorch's reset-after GRU (the engine's default); `gru-cho` is
    /// Cho et al.'s, with the reset gate applied to h before the product.
    case rnn, lstm, gru, gruCho = "gru-cho", peephole, coupled, lstm1997
}

/// A model of an experiment, by its label or its 1-based position in `models`.
public enum ModelReference: Hashable, Sendable, CanonicalForm {
    case label(String)
    case index(Int)

    public var canonicalForm: String {
        switch self {
        case .label(let label): Canonical.string(label)
        case .index(let index): index.canonical
        }
    }
}

/// Which hidden units an `activations` figure shows.
public enum UnitSelection: Hashable, Sendable, CanonicalForm {
    /// 1-based unit numbers, as an author counts them.
    case units([Int])
    /// The `count` units with the largest variance over the sequence.
    case top(Int)
    /// The `count` units whose value correlates most strongly (by |Pearson r|, ties by unit
    /// number) with a feature of the input; ranked by the quantity `by` (nil: the figure's own),
    /// so two figures of one model can show the same units.
    case correlated(ActivationFeature, count: Int, by: Quantity?)

    public var canonicalForm: String {
        switch self {
        case .units(let units): Canonical.list(units.map(\.canonical))
        case .top(let count): Canonical.call("top", [("count", count.canonical)])
        case .correlated(let feature, let count, let by):
            Canonical.call("correlated", [("feature", feature.rawValue), ("count", count.canonical)] + (by.map { [("by", $0.rawValue)] } ?? []))
        }
    }

    /// How many units the selection shows at most.
    public var count: Int {
        switch self {
        case .units(let units): units.count
        case .top(let count), .correlated(_, let count, _): count
        }
    }
}

/// How an `activations` heatmap maps values to colour: one scale for every row, or each row
/// scaled to its own range (a faint counter is not washed out by a strong one).
public enum ActivationScale: String, Hashable, Sendable, CaseIterable {
    case shared, row
}

/// The input sequence an `activations` figure runs: written out, or generated from a seed.
public enum ActivationInput: Hashable, Sendable, CanonicalForm {
    case text(String)
    case seed(Int)

    public var canonicalForm: String {
        switch self {
        case .text(let text): Canonical.call("input", [("text", Canonical.string(text))])
        case .seed(let seed): Canonical.call("input", [("seed", seed.canonical)])
        }
    }
}
