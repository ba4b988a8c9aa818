import Testing
@testable import Engine

@Suite struct TaskTests {
    private func batch(_ task: SequenceTask, size: Int = 64, seed: UInt64 = 1) throws -> Batch<Double> {
        var g = task.generator(seed: seed, split: .training)
        return try task.batch(size: size, using: &g)
    }

    private func classes(_ batch: Batch<Double>) -> [Int] {
        if case .classes(let c) = batch.targets { return c }
        return []
    }

    private func values(_ batch: Batch<Double>) -> [Double] {
        if case .values(let v) = batch.targets { return v.values }
        return []
    }

    @Test func addingLayoutAndTargets() throws {
        let task = try SequenceTask.adding(length: 10)
        let b = try batch(task, size: 8)
        #expect(b.inputs.shape == [10, 8, 2])
        #expect(task.baseline == 1.0 / 6.0)
        #expect(!task.hasAccuracy)
        let targets = values(b)
        for item in 0..<8 {
            var marked: [Int] = []
            for t in 0..<10 where b.inputs.values[(t * 8 + item) * 2 + 1] == 1 { marked.append(t) }
            #expect(marked.count == 2)
            #expect(marked[0] < 5 && marked[1] >= 5)
            let sum = marked.map { b.inputs.values[($0 * 8 + item) * 2] }.reduce(0, +)
            #expect(targets[9 * 8 + item] == sum)
        }
        #expect(b.mask == (0..<80).map { $0 >= 72 })
    }

    @Test func addingBaselineIsTheBestConstant() throws {
        let b = try batch(try .adding(length: 4), size: 20_000)
        let last = values(b).suffix(20_000)
        let mse = last.map { ($0 - 1) * ($0 - 1) }.reduce(0, +) / 20_000
        #expect(abs(mse - 1.0 / 6.0) < 0.01)
    }

    @Test func sameSeedSameBatchOtherSplitsAndSeedsDiffer() throws {
        let task = try SequenceTask.copy(length: 5, count: 3)
        var g1 = task.generator(seed: 7, split: .training)
        var g2 = task.generator(seed: 7, split: .training)
        var held = task.generator(seed: 7, split: .evaluation)
        let a: Batch<Double> = try task.batch(size: 16, using: &g1)
        #expect(a == (try task.batch(size: 16, using: &g2)))
        #expect(a != (try task.batch(size: 16, using: &held)))
        #expect(a != (try batch(task, size: 16, seed: 8)))
        var g3 = task.generator(seed: 7, split: .training)
        let f: Batch<Float> = try task.batch(size: 16, using: &g3)
        #expect(f.inputs.values.map(Double.init) == a.inputs.values)
    }

    @Test func floatAndDoubleRegressionBatchesAgree() throws {
        let task = try SequenceTask.dampedSine(length: 12, period: 7, decay: 0.05)
        var g1 = task.generator(seed: 3, split: .training), g2 = g1
        let d: Batch<Double> = try task.batch(size: 4, using: &g1)
        let f: Batch<Float> = try task.batch(size: 4, using: &g2)
        #expect(f.inputs.values == d.inputs.values.map(Float.init))
    }

    @Test func copyLayout() throws {
        let task = try SequenceTask.copy(length: 5, count: 3)
        #expect(task.steps == 11)
        #expect(task.inputSize == 10 && task.outputSize == 9)
        #expect(abs(task.baseline - 3 * 2.0794415416798357 / 11) < 1e-15)
        let b = try batch(task, size: 4)
        let labels = try #require(task.inputLabels(of: b, item: 2))
        #expect(labels[3...] == ["-", "-", "-", "-", ":", "-", "-", "-"])
        let data = labels[0..<3].compactMap { SequenceTask.copySymbols.firstIndex(of: $0) }
        #expect(data.allSatisfy { (1...8).contains($0) })
        let c = classes(b)
        #expect((0..<11).map { c[$0 * 4 + 2] } == [0, 0, 0, 0, 0, 0, 0, 0] + data)
        #expect(b.mask.allSatisfy { $0 })
    }

    @Test func copyDefaultBaselineMatchesDesign() throws {
        let task = try SequenceTask.copy(length: 100)
        #expect(abs(task.baseline - 10 * 2.0794415416798357 / 120) < 1e-15)
    }

    @Test func temporalOrder() throws {
        let task = try SequenceTask.temporalOrder(length: 100)
        #expect(abs(task.baseline - 1.3862943611198906) < 1e-15)
        let b = try batch(task, size: 32)
        let c = classes(b)
        for item in 0..<32 {
            let labels = try #require(task.inputLabels(of: b, item: item))
            #expect(labels.first == "E" && labels.last == "B")
            let relevant = labels.indices.filter { labels[$0] == "X" || labels[$0] == "Y" }
            #expect(relevant.count == 2)
            #expect((10...20).contains(relevant[0]) && (50...60).contains(relevant[1]))
            #expect(task.classLabels?[c[99 * 32 + item]] == relevant.map { labels[$0] }.joined())
        }
        #expect(b.maskedCount == 32)
        let short = try batch(try .temporalOrder(length: 4), size: 8)
        #expect(short.steps == 4)
    }

    @Test func bracketsTargetsAreDepths() throws {
        let task = try SequenceTask.brackets(length: 30, maxDepth: 3)
        let b = try batch(task, size: 16)
        let c = classes(b)
        for item in 0..<16 {
            let labels = try #require(task.inputLabels(of: b, item: item))
            var depth = 0
            for t in 0..<30 {
                depth += labels[t] == "(" ? 1 : -1
                #expect(c[t * 16 + item] == depth)
                #expect((0...3).contains(depth))
            }
        }
    }

    @Test func bracketsBaseline() throws {
        // maxDepth 1 alternates 1, 0, 1, 0: the average distribution is ½, ½.
        #expect(abs(try SequenceTask.brackets(length: 4, maxDepth: 1).baseline - 0.6931471805599453) < 1e-15)
        // Sampled depth frequencies have (nearly) the computed entropy.
        let task = try SequenceTask.brackets(length: 20, maxDepth: 4)
        let c = classes(try batch(task, size: 5000))
        var counts = [Double](repeating: 0, count: 5)
        for d in c { counts[d] += 1 }
        let entropy = counts.map { $0 / Double(c.count) }.reduce(0) { $0 - $1 * Elementary.log($1) }
        #expect(abs(entropy - task.baseline) < 0.01)
    }

    @Test func dampedSine() throws {
        let task = try SequenceTask.dampedSine(length: 20, period: 8, decay: 0)
        #expect(abs(task.baseline - 0.125) < 1e-15)
        let b = try batch(task, size: 4000)
        let v = values(b)
        for item in 0..<3 {
            for t in 0..<19 { #expect(v[t * 4000 + item] == b.inputs.values[(t + 1) * 4000 + item]) }
        }
        let mse = v.map { ($0 - 0.5) * ($0 - 0.5) }.reduce(0, +) / Double(v.count)
        #expect(abs(mse - 0.125) < 0.005)
        let damped = try SequenceTask.dampedSine(length: 2, period: 8, decay: 0.5)
        #expect(abs(damped.baseline - 0.125 * (Elementary.exp(-1) + Elementary.exp(-2)) / 2) < 1e-15)
    }

    @Test func text() throws {
        let task = try SequenceTask.text(source: "abracadabra", length: 4)
        #expect(task.inputSymbols == ["a", "b", "c", "d", "r"])
        // Frequencies 5, 2, 1, 1, 2 out of 11.
        let expected = [5.0, 2, 1, 1, 2].map { $0 / 11 }.reduce(0) { $0 - $1 * Elementary.log($1) }
        #expect(abs(task.baseline - expected) < 1e-15)
        let b = try batch(task, size: 8)
        let c = classes(b)
        let source = Array("abracadabra").map(String.init)
        for item in 0..<8 {
            let labels = try #require(task.inputLabels(of: b, item: item))
            let window = labels.joined() + (task.inputSymbols?[c[3 * 8 + item]] ?? "")
            #expect(source.joined().contains(window))
        }
        #expect(try SequenceTask.text(source: "a b\n", length: 2).inputSymbols == ["↵", "␣", "a", "b"])
    }

    @Test func encodesStrings() throws {
        let brackets = try SequenceTask.brackets(length: 10, maxDepth: 2)
        let b: Batch<Float> = try brackets.encode("(()())")
        #expect(b.inputs.shape == [6, 1, 2])
        #expect(b.targets == .classes([1, 2, 1, 2, 1, 0]))
        #expect(brackets.inputLabels(of: b) == ["(", "(", ")", "(", ")", ")"])

        let copy = try SequenceTask.copy(length: 3, count: 2)
        let c: Batch<Double> = try copy.encode("hab")
        #expect(c.steps == 9)
        #expect(copy.inputLabels(of: c) == ["H", "A", "B", "-", "-", ":", "-", "-", "-"])
        #expect(c.targets == .classes([0, 0, 0, 0, 0, 0, 8, 1, 2]))

        let text = try SequenceTask.text(source: "hello world", length: 3)
        let t: Batch<Double> = try text.encode("low")
        #expect(t.mask == [true, true, false])
        #expect(t.loss == .crossEntropy(classes: 8, .masked))

        let order = try SequenceTask.temporalOrder(length: 8)
        let o: Batch<Double> = try order.encode("EaYbcXdB")
        #expect(o.targets == .classes([0, 0, 0, 0, 0, 0, 0, 2]))
    }

    @Test func rejectsBadStrings() throws {
        let brackets = try SequenceTask.brackets(length: 10, maxDepth: 2)
        #expect(throws: EngineError.self) { try brackets.encode("(((", as: Float.self) }
        #expect(throws: EngineError.self) { try brackets.encode("())", as: Float.self) }
        #expect(throws: EngineError.self) { try brackets.encode("(x)", as: Float.self) }
        #expect(throws: EngineError.self) { try brackets.encode("", as: Float.self) }
        #expect(throws: EngineError.self) { try SequenceTask.copy(length: 3).encode("AZ", as: Float.self) }
        #expect(throws: EngineError.self) { try SequenceTask.adding(length: 3).encode("1", as: Float.self) }
        #expect(throws: EngineError.self) { try SequenceTask.temporalOrder(length: 8).encode("EXB", as: Float.self) }
        #expect(throws: EngineError.self) { try SequenceTask.text(source: "abc", length: 2).encode("abd", as: Float.self) }
    }

    @Test func rejectsBadParameters() {
        #expect(throws: EngineError.self) { try SequenceTask.adding(length: 1) }
        #expect(throws: EngineError.self) { try SequenceTask.copy(length: 0) }
        #expect(throws: EngineError.self) { try SequenceTask.copy(length: 5, count: 0) }
        #expect(throws: EngineError.self) { try SequenceTask.temporalOrder(length: 3) }
        #expect(throws: EngineError.self) { try SequenceTask.brackets(length: 0, maxDepth: 2) }
        #expect(throws: EngineError.self) { try SequenceTask.brackets(length: 5, maxDepth: 0) }
        #expect(throws: EngineError.self) { try SequenceTask.dampedSine(length: 5, period: 0, decay: 0) }
        #expect(throws: EngineError.self) { try SequenceTask.dampedSine(length: 5, period: 3, decay: -1) }
        #expect(throws: EngineError.self) { try SequenceTask.text(source: "ab", length: 2) }
        #expect(throws: EngineError.self) {
            var g = SeededGenerator(seed: 1)
            let _: Batch<Float> = try SequenceTask.adding(length: 4).batch(size: 0, using: &g)
        }
    }

    /// The width a lesson's cost bound uses before a task is built is the width it has.
    @Test func aTaskSpecKnowsItsInputWidth() throws {
        let specs: [TaskSpec] = [.adding(length: 10), .copy(length: 5, count: 3), .temporalOrder(length: 12),
                                 .brackets(length: 10, maxDepth: 3), .dampedSine(length: 20, period: 8...8, decay: 0.01)]
        for spec in specs {
            let task = try SequenceTask.make(spec) { _ in "" }
            #expect(spec.inputSize == task.inputSize, "\(spec)")
            #expect(task.kind == spec)
        }
        let text = try SequenceTask.make(.text(source: .file("corpus.txt"), length: 3)) { _ in "abcabc" }
        #expect(TaskSpec.text(source: .file("corpus.txt"), length: 3).inputSize == nil && text.inputSize == 3)
        #expect(text.kind == .text(source: .file("corpus.txt"), length: 3), "the task records where its text came from")
    }

    /// A range of periods draws one per sequence; a single period draws exactly the old stream.
    @Test func aDampedSineDrawsItsPeriodPerSequenceFromARange() throws {
        let fixed = try SequenceTask.dampedSine(length: 40, period: 16, decay: 0.03)
        let same = try SequenceTask.dampedSine(length: 40, periods: 16...16, decay: 0.03)
        var g1 = fixed.generator(seed: 4, split: .training), g2 = same.generator(seed: 4, split: .training)
        let a: Batch<Double> = try fixed.batch(size: 8, using: &g1), b: Batch<Double> = try same.batch(size: 8, using: &g2)
        #expect(a == b)
        let varied = try SequenceTask.dampedSine(length: 40, periods: 8...24, decay: 0)
        var g = varied.generator(seed: 4, split: .training)
        let batch: Batch<Double> = try varied.batch(size: 64, using: &g)
        // The period of each sequence, read from its upward crossings of 0.5 (no decay).
        var periods: [Double] = []
        for series in FittedBaseline.series(in: batch) {
            let ups = (1..<series.count).filter { series[$0 - 1] < 0.5 && series[$0] >= 0.5 }
            if ups.count >= 2 { periods.append(Double(ups[ups.count - 1] - ups[0]) / Double(ups.count - 1)) }
        }
        #expect(periods.count > 40)
        #expect((periods.min() ?? 0) < 11 && (periods.max() ?? 0) > 20, "\(periods)")
        #expect(periods.allSatisfy { $0 > 7 && $0 < 25 })
    }
}
