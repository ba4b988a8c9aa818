import Engine

extension ActivationFeature {
    /// Whether inputs of `task` have this feature: every sequence has a position; only
    /// brackets inputs have a depth.
    public func exists(in task: TaskSpec) -> Bool {
        switch self {
        case .position: true
        case .depth:
            if case .brackets = task { true } else { false }
        }
    }
}
