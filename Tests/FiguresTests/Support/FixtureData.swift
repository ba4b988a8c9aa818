@testable import Figures

/// Deterministic synthetic data shaped like the course's results.
enum FixtureData {
    /// A small linear congruential generator: the same numbers on every platform.
    struct Noise {
        var state: UInt64
        mutating func next() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53)
        }
    }

    static let steps = (0...50).map { Double($0 * 30) }

    /// Loss runs falling from the 1/6 plateau at a model-specific step.
    static func lossRuns(leaveAt: Double, floor: Double, seed: UInt64, seeds: Int = 3) -> [[Double]] {
        var noise = Noise(state: seed)
        return (0..<seeds).map { run in
            steps.map { step in
                let shift = leaveAt + Double(run) * 60
                let progress = PlotMath.sigmoid((step - shift) / 80)
                let value = (1.0 / 6) * (1 - progress) + floor * progress
                return value * (1 + 0.08 * (noise.next() - 0.5))
            }
        }
    }

    static func lossChart() throws -> LineChart {
        let a = try LineSeries.aggregate(label: "LSTM · forgetBias 0", x: steps, runs: lossRuns(leaveAt: 900, floor: 0.02, seed: 1), band: .minMax)
        let b = try LineSeries.aggregate(label: "LSTM · forgetBias 1", x: steps, runs: lossRuns(leaveAt: 350, floor: 0.004, seed: 2), band: .minMax)
        let c = try LineSeries.aggregate(label: "GRU", x: steps, runs: lossRuns(leaveAt: 500, floor: 0.008, seed: 3), band: .meanStd)
        var rnnRuns = lossRuns(leaveAt: 5000, floor: 0.1, seed: 4, seeds: 1)
        for i in 12..<rnnRuns[0].count { rnnRuns[0][i] = .nan }
        let d = LineSeries(label: "RNN", x: steps, y: rnnRuns[0])
        return .loss(title: "Test loss on the adding task (T = 100)", series: [a, b, c, d],
                     baseline: ReferenceLine(label: "baseline 1/6 (predict the mean)", y: 1.0 / 6), id: "loss")
    }

    /// ‖∂L/∂h_t‖ decaying (RNN) or holding (LSTM) backwards from the last step.
    static func gradientSeries(trained: Bool) -> [LineSeries] {
        let length = 100
        let rnnRate = trained ? 0.88 : 0.82
        let rnn = (0..<length).map { t in 0.5 * PlotMath.exp(PlotMath.ln(rnnRate) * Double(length - 1 - t)) }
        let lstm = (0..<length).map { t in 0.3 * PlotMath.exp(-0.012 * Double(length - 1 - t)) * (trained ? 1.6 : 1) }
        let gru = (0..<length).map { t in 0.4 * PlotMath.exp(-0.025 * Double(length - 1 - t)) }
        return [LineSeries(label: "RNN", y: rnn), LineSeries(label: "LSTM", y: lstm), LineSeries(label: "GRU", y: gru)]
    }

    static let brackets = Array("(()(()))((()))()((()()))")

    /// Gate-like values in [0, 1] per unit along a bracket sequence.
    static func gateValues(units: Int) -> [[Double]] {
        (0..<units).map { unit in
            brackets.indices.map { t in
                let open = brackets[t] == "("
                let base = PlotMath.sigmoid(Double(unit % 3 - 1) * 2.2 + (open ? 1.2 : -1.2) * Double(unit % 2 == 0 ? 1 : -1))
                return min(1, max(0, base + 0.03 * Double((unit * 7 + t * 3) % 5)))
            }
        }
    }

    /// A counter-like cell state: depth of the bracket sequence, scaled per unit.
    static func cellStates(units: Int) -> [[Double]] {
        var depth = 0.0
        let depths = brackets.map { char -> Double in
            depth += char == "(" ? 1 : -1
            return depth
        }
        return (0..<units).map { unit in
            let sign: Double = unit % 2 == 0 ? 1 : -1
            let gain: Double = 0.45 + 0.1 * Double(unit)
            let offset: Double = unit == 3 ? 0.6 : 0
            return depths.map { d in sign * d * gain - offset }
        }
    }

    static func dampedSine(length: Int, shift: Double = 0) -> [Double] {
        (0..<length).map { i in
            0.5 + 0.5 * PlotMath.sinApprox(2 * 3.141_592_653_589_793 * Double(i) / 20 + shift) * PlotMath.exp(-0.02 * Double(i))
        }
    }
}

extension PlotMath {
    /// sin from exp-free Taylor terms after range reduction; for test data only.
    static func sinApprox(_ x: Double) -> Double {
        let twoPi = 2 * 3.141_592_653_589_793
        var r = x - (x / twoPi).rounded() * twoPi
        if r > 3.141_592_653_589_793 { r -= twoPi }
        var term = r, sum = r
        for n in 1...12 {
            term *= -r * r / Double((2 * n) * (2 * n + 1))
            sum += term
        }
        return sum
    }
}
