import Lessons

extension ExperimentDirective {
    /// The 0-based index of a model named by label or 1-based index (the
    /// checks have already made sure it exists).
    func index(of reference: ModelReference) -> Int? {
        switch reference {
        case .index(let index): (1...models.count).contains(index) ? index - 1 : nil
        case .label(let label): labels.firstIndex(of: label)
        }
    }
}
