import Testing
@testable import Engine

@Suite("Baselines: persistence and least-squares autoregression")
struct BaselineTests {
    /// A noise-free damped sine obeys y(t+1) = 2r·cos ω·y(t) − r²·y(t−1) around its mean 0.5,
    /// with r = e^(−decay), ω = 2π/period: AR(2) must find exactly these numbers.
    @Test func anAR2FitRecoversADampedSinesCoefficients() throws {
        let period = 20.0, decay = 0.02
        let task = try SequenceTask.dampedSine(length: 60, period: period, decay: decay)
        let fitted = try FittedBaseline.fit(.autoregressive(order: 2), task: task, seed: 7)
        let r = Elementary.exp(-decay), omega = 2 * Double.pi / period
        let a1 = 2 * r * Elementary.cos(omega), a2 = -r * r
        let c = 0.5 * (1 - a1 - a2)
        let fit = fitted.fits[1]
        #expect(abs(fit[0] - c) < 1e-8 && abs(fit[1] - a1) < 1e-8 && abs(fit[2] - a2) < 1e-8, "\(fit) vs \([c, a1, a2])")
        // And so it predicts held-out sequences (other phases) to rounding, from the third step on.
        var g = task.generator(seed: 7, split: .evaluation)
        let heldOut: Batch<Double> = try task.batch(size: 16, using: &g)
        for series in FittedBaseline.series(in: heldOut) {
            for t in 1..<(series.count - 1) {
                #expect(abs(fitted.next(after: Array(series[0...t])) - series[t + 1]) < 1e-9)
            }
        }
    }

    @Test func anOrderAboveTheRecurrenceStillPredicts() throws {
        // Order 3 on a noise-free sine has a dependent column; the ridge keeps the solve defined.
        let task = try SequenceTask.dampedSine(length: 40, period: 15, decay: 0)
        let fitted = try FittedBaseline.fit(.autoregressive(order: 3), task: task, seed: 2)
        var g = task.generator(seed: 2, split: .evaluation)
        let heldOut: Batch<Double> = try task.batch(size: 8, using: &g)
        let series = FittedBaseline.series(in: heldOut)[0]
        #expect(abs(fitted.next(after: Array(series[0...10])) - series[11]) < 1e-6)
    }

    @Test func persistenceRepeatsTheLastValueAndItsLossIsTheMeanSquaredStep() throws {
        let task = try SequenceTask.dampedSine(length: 5, period: 10, decay: 0.1)
        let fitted = try FittedBaseline.fit(.persistence, task: task, seed: 1)
        #expect(fitted.fits.isEmpty && fitted.next(after: [0.2, 0.7]) == 0.7)
        var g = task.generator(seed: 1, split: .evaluation)
        let batch: Batch<Double> = try task.batch(size: 3, using: &g)
        var sum = 0.0
        for series in FittedBaseline.series(in: batch) {
            for t in 0..<5 { sum += (series[t + 1] - series[t]) * (series[t + 1] - series[t]) }
        }
        #expect(fitted.loss(on: batch) == sum / 15)
        #expect(fitted.run(reading: [0.1, 0.4], freeSteps: 3) == [0.1, 0.4, 0.4, 0.4, 0.4])
    }

    @Test func leastSquaresSolvesAKnownSystem() throws {
        // y = 1 + 2·u − 3·v exactly, on four rows.
        var system = LeastSquares(size: 3)
        for (u, v) in [(0.0, 1.0), (1.0, 0.0), (2.0, 5.0), (-1.0, 3.0)] { system.add([1, u, v], 1 + 2 * u - 3 * v) }
        let beta = try #require(system.solve())
        #expect(abs(beta[0] - 1) < 1e-9 && abs(beta[1] - 2) < 1e-9 && abs(beta[2] + 3) < 1e-9)
        #expect(LeastSquares(size: 2).solve() == nil, "no rows, no fit")
    }

    @Test func aBaselineNeedsARealValuedNextValueTask() throws {
        #expect(throws: EngineError.self) {
            try Baseline.persistence.validate(for: .adding(length: 10))
        }
        #expect(throws: EngineError.self) {
            try Baseline.autoregressive(order: 2).validate(for: .text(source: .inline("abcabc"), length: 3))
        }
        #expect(throws: EngineError.self) {
            try Baseline.autoregressive(order: 0).validate(for: .dampedSine(length: 10, period: 5...5, decay: 0))
        }
        let fitted = try FittedBaseline.fit(.autoregressive(order: 2), task: try SequenceTask.dampedSine(length: 10, period: 5, decay: 0), seed: 1)
        #expect(fitted.parameterCount == 5)
    }

    @Test func theFitIsTheSameBitsEveryTime() throws {
        let task = try SequenceTask.dampedSine(length: 30, period: 12, decay: 0.01)
        let a = try FittedBaseline.fit(.autoregressive(order: 4), task: task, seed: 3)
        let b = try FittedBaseline.fit(.autoregressive(order: 4), task: task, seed: 3)
        #expect(a.fits.flatMap { $0 }.map(\.bitPattern) == b.fits.flatMap { $0 }.map(\.bitPattern))
    }

    @Test func evaluationStepsAreTheTrainersSchedule() {
        #expect(TrainingConfiguration(steps: 10, evalEvery: 4).evaluationSteps == [0, 4, 8, 10])
        #expect(TrainingConfiguration(steps: 8, evalEvery: 4).evaluationSteps == [0, 4, 8])
    }

    /// "abcabcabd": unigram a 3/9, b 3/9, c 2/9, d 1/9; bigram (add-one over 4 characters)
    /// a → [1, 4, 1, 1]/7, b → [1, 1, 3, 2]/7, c → [3, 1, 1, 1]/6, d → [1, 1, 1, 1]/4.
    @Test func characterModelsCountTheTextByHand() throws {
        let task = try SequenceTask.text(source: "abcabcabd", length: 3)
        let unigram = try FittedBaseline.fit(.unigram, task: task, seed: 1)
        let bigram = try FittedBaseline.fit(.bigram, task: task, seed: 1)
        let expectedUnigram: [[Double]] = [[3.0 / 9, 3.0 / 9, 2.0 / 9, 1.0 / 9]]
        let rowA: [Double] = [1.0 / 7, 4.0 / 7, 1.0 / 7, 1.0 / 7], rowB: [Double] = [1.0 / 7, 1.0 / 7, 3.0 / 7, 2.0 / 7]
        let rowC: [Double] = [3.0 / 6, 1.0 / 6, 1.0 / 6, 1.0 / 6], rowD: [Double] = [0.25, 0.25, 0.25, 0.25]
        #expect(unigram.fits == expectedUnigram)
        #expect(bigram.fits == [rowA, rowB, rowC, rowD])
        #expect(bigram.parameterCount == 16 && unigram.parameterCount == 4)
        // "abca": a → b, b → c, c → a are scored; the last step has no next character.
        let batch: Batch<Double> = try task.encode("abca")
        let u = unigram.evaluate(on: batch), b = bigram.evaluate(on: batch)
        let uTerms: [Double] = [Elementary.log(3.0 / 9), Elementary.log(2.0 / 9), Elementary.log(3.0 / 9)]
        let bTerms: [Double] = [Elementary.log(4.0 / 7), Elementary.log(3.0 / 7), Elementary.log(3.0 / 6)]
        let uLoss = -(uTerms[0] + uTerms[1] + uTerms[2]) / 3, bLoss = -(bTerms[0] + bTerms[1] + bTerms[2]) / 3
        #expect(abs(u.loss - uLoss) < 1e-15 && abs(b.loss - bLoss) < 1e-15)
        #expect(u.accuracy == 1.0 / 3, "the unigram always says a (first of the ties)")
        #expect(b.accuracy == 1)
        #expect(throws: EngineError.self) { try Baseline.bigram.validate(for: .adding(length: 5)) }
    }
}
