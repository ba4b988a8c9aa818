@testable import Figures

/// Ten seeds per model, shaped like an ablation: most seeds solve, some stay stuck, one diverges.
enum SeedFixtures {
    static func medianLossChart() throws -> LineChart {
        let steps = FixtureData.steps
        var lstmRuns = FixtureData.lossRuns(leaveAt: 300, floor: 0.004, seed: 11, seeds: 10)
        let stuck = FixtureData.lossRuns(leaveAt: 50_000, floor: 0.1, seed: 12, seeds: 3)
        for i in 0..<3 { lstmRuns[7 + i] = stuck[i] }
        var rnnRuns = FixtureData.lossRuns(leaveAt: 800, floor: 0.02, seed: 13, seeds: 10)
        for i in 20..<steps.count { rnnRuns[4][i] = .nan }
        let gruRuns = FixtureData.lossRuns(leaveAt: 500, floor: 0.008, seed: 14, seeds: 10)
        return .loss(
            title: "Test loss on the adding task, 10 seeds",
            series: [try LineSeries.median(label: "LSTM · forgetBias 1", x: steps, runs: lstmRuns, color: 0),
                     try LineSeries.median(label: "GRU", x: steps, runs: gruRuns, color: 2),
                     try LineSeries.median(label: "RNN", x: steps, runs: rnnRuns, color: 1)],
            baseline: ReferenceLine(label: "baseline 1/6 (predict the mean)", y: 1.0 / 6), id: "loss-median")
    }

    static func outcomeChart() -> SeedOutcomeChart {
        SeedOutcomeChart(
            title: "Steps until test loss fell below 0.01", xTitle: "training steps to test loss < 0.01", maxSteps: 4000,
            rows: [
                .init(label: "LSTM · forgetBias 1", color: 0, values: [820, 900, 900, 900, 950, 1010, 1200, 1200, nil, 1400]),
                .init(label: "LSTM · forgetBias 0", values: [1500, 2100, 2300, nil, 2900, 3100, nil, 3800, 2100, 2150]),
                .init(label: "GRU", color: 2, values: [1100, 1150, 1180, 1190, 1300, 1320, 1500, 1600, 2000, 3990]),
                .init(label: "RNN", color: 1, values: [nil, nil, nil, nil, 3500, nil, nil, nil, nil, nil]),
                .init(label: "MGU", color: 3, values: [nil, nil, nil, nil, nil, 2000, 2100, 2200, 2300, 2400]),
            ],
            id: "seed-outcome")
    }
}
