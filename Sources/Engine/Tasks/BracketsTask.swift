extension SequenceTask {
    /// Bracket depth: count open brackets.
    ///
    /// The input is a random bracket string, one-hot over `(` and `)`: at
    /// depth 0 the next bracket opens, at `maxDepth` it closes, otherwise it
    /// opens or closes with probability ½ each (so strings stay balanced up
    /// to the unclosed brackets at the end). The target at every step is the
    /// nesting depth after reading that bracket, a class in 0…maxDepth;
    /// cross-entropy over maxDepth + 1 classes at every step.
    ///
    /// Baseline: a blind predictor outputs one distribution q at every step;
    /// the mean cross-entropy is least when q is the depth distribution
    /// averaged over the T steps, and then equals its entropy. That average
    /// is computed exactly by propagating the walk's distribution step by
    /// step (a reflected random walk on 0…maxDepth).
    /// - Parameters:
    ///   - length: the number of steps T, at least 1.
    ///   - maxDepth: the deepest nesting, at least 1.
    public static func brackets(length: Int, maxDepth: Int) throws(EngineError) -> SequenceTask {
        guard length >= 1 else { throw .invalidParameter("brackets(length:) needs length ≥ 1, got \(length)") }
        guard maxDepth >= 1 else {
            throw .invalidParameter("brackets(maxDepth:) needs maxDepth ≥ 1, got \(maxDepth)")
        }
        return SequenceTask(
            kind: .brackets(length: length, maxDepth: maxDepth), steps: length, inputSize: 2,
            loss: .crossEntropy(classes: maxDepth + 1, .everyStep),
            baseline: bracketsBaseline(length: length, maxDepth: maxDepth),
            inputSymbols: ["(", ")"], classLabels: (0...maxDepth).map { String($0) })
    }

    /// The entropy (nats) of the depth distribution averaged over the steps.
    static func bracketsBaseline(length: Int, maxDepth: Int) -> Double {
        var p = [Double](repeating: 0, count: maxDepth + 1)
        p[0] = 1
        var average = [Double](repeating: 0, count: maxDepth + 1)
        for _ in 0..<length {
            var next = [Double](repeating: 0, count: maxDepth + 1)
            for d in 0...maxDepth where p[d] > 0 {
                if d == 0 {
                    next[1] += p[d]
                } else if d == maxDepth {
                    next[d - 1] += p[d]
                } else {
                    next[d - 1] += 0.5 * p[d]
                    next[d + 1] += 0.5 * p[d]
                }
            }
            p = next
            for d in 0...maxDepth { average[d] += p[d] / Double(length) }
        }
        var entropy = 0.0
        for q in average where q > 0 { entropy -= q * Elementary.log(q) }
        return entropy
    }

    static func bracketsExample(length: Int, maxDepth: Int, using g: inout SeededGenerator) -> Example {
        var opens: [Bool] = []
        var depth = 0
        for _ in 0..<length {
            let open = depth == 0 ? true : depth == maxDepth ? false : g.below(2) == 0
            depth += open ? 1 : -1
            opens.append(open)
        }
        return bracketsExample(opens: opens)
    }

    /// The depth after each bracket (true = `(`).
    /// - Throws: when the depth leaves 0…maxDepth, naming the position.
    static func bracketDepths(opens: [Bool], maxDepth: Int) throws(EngineError) -> [Int] {
        var depth = 0
        var depths: [Int] = []
        for (t, open) in opens.enumerated() {
            depth += open ? 1 : -1
            guard depth >= 0 else {
                throw .invalidParameter("bracket \(t + 1) closes more brackets than were opened")
            }
            guard depth <= maxDepth else {
                throw .invalidParameter("bracket \(t + 1) nests deeper than maxDepth \(maxDepth)")
            }
            depths.append(depth)
        }
        return depths
    }

    /// The example for a bracket string whose depth stays at or above 0.
    static func bracketsExample(opens: [Bool]) -> Example {
        var depth = 0
        var inputs: [Double] = []
        var classes: [Int] = []
        for open in opens {
            depth += open ? 1 : -1
            inputs += open ? [1, 0] : [0, 1]
            classes.append(depth)
        }
        return Example(inputs: inputs, classes: classes, mask: Array(repeating: true, count: opens.count))
    }
}
