extension SequenceTask {
    /// Character-level next-character prediction on a text.
    ///
    /// The vocabulary is the set of characters in `source`, sorted by their
    /// Unicode scalars; each sequence is a window of T + 1 characters at a
    /// random position, the model reads the first T (one-hot) and predicts
    /// the next character at every step (cross-entropy over the vocabulary).
    ///
    /// Baseline: the entropy (nats) of the unigram distribution of `source`,
    /// the loss of always predicting the text's character frequencies (the
    /// best constant distribution, up to windows seeing the ends of the text
    /// less often than its middle).
    /// - Parameters:
    ///   - source: the text, at least `length + 1` characters.
    ///   - length: the number of steps T, at least 1.
    ///   - origin: where the text came from, as the task's ``kind`` records it
    ///     (nil: `source` itself, written inline).
    public static func text(source: String, length: Int, from origin: TaskSpec.TextSource? = nil) throws(EngineError) -> SequenceTask {
        guard length >= 1 else { throw .invalidParameter("text(length:) needs length ≥ 1, got \(length)") }
        let characters = Array(source)
        guard characters.count >= length + 1 else {
            throw .invalidParameter(
                "text(length: \(length)) needs a source of at least \(length + 1) characters, got \(characters.count)")
        }
        let vocabulary = Set(characters).sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        var index: [Character: Int] = [:]
        for (i, c) in vocabulary.enumerated() { index[c] = i }
        let indices = characters.compactMap { index[$0] }
        var counts = [Int](repeating: 0, count: vocabulary.count)
        for i in indices { counts[i] += 1 }
        var entropy = 0.0
        for count in counts {
            let q = Double(count) / Double(indices.count)
            entropy -= q * Elementary.log(q)
        }
        let labels = vocabulary.map(Self.visibleLabel)
        return SequenceTask(
            kind: .text(source: origin ?? .inline(source), length: length), steps: length, inputSize: vocabulary.count,
            loss: .crossEntropy(classes: vocabulary.count, .everyStep), baseline: entropy,
            inputSymbols: labels, classLabels: labels, vocabulary: vocabulary, sourceIndices: indices)
    }

    /// A label that shows whitespace in a figure.
    static func visibleLabel(_ c: Character) -> String {
        switch c {
        case " ": "␣"
        case "\n", "\r\n": "↵"
        case "\t": "⇥"
        default: String(c)
        }
    }

    func textExample(length: Int, using g: inout SeededGenerator) -> Example {
        let start = g.below(sourceIndices.count - length)
        return textExample(indices: Array(sourceIndices[start...(start + length)]), lastKnown: true)
    }

    /// The example reading `indices` except the last and predicting each
    /// next one; with `lastKnown` false, all of `indices` are read and the
    /// last step, whose next character is unknown, carries no loss.
    func textExample(indices: [Int], lastKnown: Bool) -> Example {
        let steps = lastKnown ? indices.count - 1 : indices.count
        var inputs: [Double] = []
        var classes = [Int](repeating: 0, count: steps)
        var mask = [Bool](repeating: true, count: steps)
        for t in 0..<steps {
            inputs += oneHot(indices[t], vocabulary.count)
            if t + 1 < indices.count { classes[t] = indices[t + 1] } else { mask[t] = false }
        }
        return Example(inputs: inputs, classes: classes, mask: mask)
    }
}
