public enum DiagramCell: String, Hashable, Sendable, CaseIterable {
    /// `gru` is PyTorch's reset-after GRU (the engine's default); `gru-cho` is
    /// Cho et al.'s, with the reset gate applied to h before the product.
    case rnn, lstm, gru, gruCho = "gru-cho", peephole, coupled, lstm1997
}

public enum GateNames: String, Hashable, Sendable, CaseIterable {
    case classic, remember
}
