import Foundation
import Lessons
import Testing
@testable import Runner

/// Each run's output reaches the experiment, model and seed it was trained for, whatever
/// the order of models and seeds and however units are shared between experiments.
@Suite struct CourseRunnerTests {
    func run(_ lesson: String, jobs: Int) throws -> CourseResults {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("runner-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try Data(lesson.utf8).write(to: root.appendingPathComponent("01-a.md"))
        let (checked, report) = CheckedCourse.check(path: root.path)
        #expect(report.errorCount == 0, "\(report.diagnostics.map(\.message))")
        let course = try #require(checked)
        return CourseRunner(checked: course, options: RunOptions(jobs: jobs, cache: nil), progress: .silent).run()
    }

    static func experiment(_ name: String, models: String, seeds: String) -> String {
        """
        ```{experiment} \(name)
        :task: adding(length: 6)
        :models: [\(models)]
        :steps: 4
        :batch: 4
        :seeds: \(seeds)
        Loss.
        ```

        """
    }

    func runs(_ results: CourseResults, _ experiment: String, _ label: String) throws -> [SeedRun] {
        guard case .experiment(let result)? = results.results[experiment] else {
            Issue.record("no result for '\(experiment)'")
            return []
        }
        return try #require(result.models.first { $0.label == label }).runs
    }

    /// `b` lists its models in the other order, and its seeds in another order, from `a`;
    /// its LSTM runs are `a`'s (shared units), its GRU runs its own.
    @Test func outputsFollowTheirJobNotTheirPosition() throws {
        let lesson = "# A\n\n"
            + Self.experiment("a", models: "lstm(hidden: 3, label: \"L\")", seeds: "[1, 2]")
            + Self.experiment("b", models: "gru(hidden: 3, label: \"G\"), lstm(hidden: 3, label: \"L\")", seeds: "[2, 1]")
        for jobs in [1, 3] {
            let results = try run(lesson, jobs: jobs)
            #expect(results.diagnostics.filter { $0.severity == .error }.isEmpty)
            let aL = try runs(results, "a", "L"), bL = try runs(results, "b", "L"), bG = try runs(results, "b", "G")
            #expect(aL.map(\.seed) == [1, 2] && bL.map(\.seed) == [2, 1] && bG.map(\.seed) == [2, 1])
            #expect(bL == aL.reversed(), "the shared LSTM runs, seed for seed")
            #expect(bG.map(\.loss) != bL.map(\.loss), "the GRU's runs are its own")
            #expect(results.summary.executed == 2)
        }
    }
}
