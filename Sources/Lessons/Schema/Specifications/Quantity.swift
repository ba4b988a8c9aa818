public enum Quantity: String, Hashable, Sendable, CaseIterable {
    case forget, input, output, candidate, reset, update, cellState, hidden

    /// Whether a model's cell has this quantity (a GRU has no cell state, an RNN no gates, a baseline nothing).
    public func exists(in model: ModelSpecification) -> Bool {
        switch (self, model.network?.cell) {
        case (.hidden, .some): true
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
