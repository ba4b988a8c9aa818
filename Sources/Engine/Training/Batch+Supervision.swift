extension Batch {
    /// The batch's targets in the form the head's loss reads: the last step
    /// only for `lastStep` losses, every step or the mask otherwise.
    public var supervision: Supervision<Scalar> {
        let (T, B) = (steps, batchSize)
        let selection: StepSelection
        switch loss.steps {
        case .lastStep: selection = .last
        case .everyStep: selection = .every
        case .masked: selection = .masked(mask)
        }
        let rows = selection == .last ? ((T - 1) * B)..<(T * B) : 0..<(T * B)
        switch targets {
        case .values(let t):
            let o = T * B > 0 ? t.count / (T * B) : 0
            return Supervision(target: .values(Array(t.values[(rows.lowerBound * o)..<(rows.upperBound * o)])), steps: selection)
        case .classes(let c):
            return Supervision(target: .classes(Array(c[rows])), steps: selection)
        }
    }
}
