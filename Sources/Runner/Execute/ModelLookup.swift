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

extension TaskSpecification {
    /// The same task over `length` steps.
    func withLength(_ length: Int) -> TaskSpecification {
        switch self {
        case .adding: .adding(length: length)
        case .copy(_, let count): .copy(length: length, count: count)
        case .temporalOrder: .temporalOrder(length: length)
        case .brackets(_, let maxDepth): .brackets(length: length, maxDepth: maxDepth)
        case .dampedSine(_, let period, let decay): .dampedSine(length: length, period: period, decay: decay)
        case .text(let source, _): .text(source: source, length: length)
        }
    }
}
