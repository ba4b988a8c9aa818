extension SequenceTask {
    /// Encodes a string given in a lesson into a batch of one, for showing a
    /// model's activations on an input the author chose.
    ///
    /// - brackets: a string of `(` and `)` whose depth stays in 0…maxDepth;
    /// - copy: the data symbols to copy, letters A–H (any number, any case);
    ///   the batch has T + 2·(number of symbols) steps;
    /// - temporal order: the whole sequence in the symbols E B X Y a b c d,
    ///   with exactly two of X and Y (the target is their order);
    /// - text: characters from the vocabulary; every character is read and
    ///   the last step, whose next character is unknown, carries no loss.
    /// - Throws: `EngineError.invalidParameter` for a real-valued task, an
    ///   empty string or a symbol the task does not know, naming it.
    public func encode<Scalar: EngineScalar>(
        _ string: String, as _: Scalar.Type = Scalar.self
    ) throws(EngineError) -> Batch<Scalar> {
        guard !string.isEmpty else { throw .invalidParameter("the input string is empty") }
        let example: Example
        var loss = self.loss
        switch kind {
        case .adding, .dampedSine:
            throw .invalidParameter("this task reads numbers, not symbols: give a seed instead of an input string")
        case .brackets(_, let maxDepth):
            var opens: [Bool] = []
            for (i, c) in string.enumerated() {
                guard c == "(" || c == ")" else {
                    throw .invalidParameter("character \(i + 1) of the input is \"\(c)\"; brackets reads only ( and )")
                }
                opens.append(c == "(")
            }
            _ = try Self.bracketDepths(opens: opens, maxDepth: maxDepth)
            example = Self.bracketsExample(opens: opens)
        case .copy(let length, _):
            var symbols: [Int] = []
            for (i, c) in string.uppercased().enumerated() {
                guard let symbol = Self.copySymbols[1...8].firstIndex(of: String(c)) else {
                    throw .invalidParameter("character \(i + 1) of the input is \"\(c)\"; copy symbols are A to H")
                }
                symbols.append(symbol)
            }
            example = Self.copyExample(symbols: symbols, delay: length)
        case .temporalOrder:
            var symbols: [Int] = []
            for (i, c) in string.enumerated() {
                guard let symbol = Self.temporalOrderSymbols.firstIndex(of: String(c)) else {
                    throw .invalidParameter(
                        "character \(i + 1) of the input is \"\(c)\"; temporal order uses E B X Y a b c d")
                }
                symbols.append(symbol)
            }
            let relevant = symbols.filter { $0 == 2 || $0 == 3 }
            guard relevant.count == 2 else {
                throw .invalidParameter("a temporal order input needs exactly two of X and Y, got \(relevant.count)")
            }
            example = Self.temporalOrderExample(symbols: symbols, label: 2 * (relevant[0] - 2) + (relevant[1] - 2))
        case .text:
            var indices: [Int] = []
            for (i, c) in string.enumerated() {
                guard let index = vocabulary.firstIndex(of: c) else {
                    throw .invalidParameter("character \(i + 1) of the input, \"\(c)\", is not in the text's vocabulary")
                }
                indices.append(index)
            }
            example = textExample(indices: indices, lastKnown: false)
            loss = .crossEntropy(classes: vocabulary.count, .masked)
        }
        return try Batch(examples: [example], steps: example.mask.count, inputSize: inputSize, loss: loss)
    }

    /// The symbol read at each step by item `item` of a batch, for labelling
    /// a heatmap's columns; nil for real-valued tasks or an item out of range.
    public func inputLabels<Scalar: EngineScalar>(of batch: Batch<Scalar>, item: Int = 0) -> [String]? {
        guard let symbols = inputSymbols, batch.inputSize == symbols.count,
            (0..<batch.batchSize).contains(item)
        else { return nil }
        let b = batch.batchSize, size = symbols.count
        return (0..<batch.steps).map { t in
            let row = (t * b + item) * size
            var best = 0
            for i in 1..<size where batch.inputs.values[row + i] > batch.inputs.values[row + best] { best = i }
            return symbols[best]
        }
    }
}
