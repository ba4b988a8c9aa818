import Engine
import Foundation
import Testing
@testable import Runner

/// The memory estimate against what the engine really allocates: each case trains one model
/// for one step in a `lessonrun build` of its own, whose peak resident size (wait4's
/// ru_maxrss) must stay under the estimate, and the estimate within twice the peak.
@Suite(.serialized) struct TrainingMemoryTests {
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var taskText: String
        var modelText: String
        var batch: Int
        var spec: ModelSpec
        var task: @Sendable () throws -> SequenceTask
        var description: String { name }
    }

    static let text = String(repeating: "the cell state is a counter; gates are soft switches. ", count: 8)

    static let cases: [Case] = [
        Case(name: "deep thin LSTM", taskText: "adding(length: 1000)", modelText: "lstm(hidden: 2, layers: 4)", batch: 512,
             spec: ModelSpec(cell: .lstm, hidden: 2, layers: 4), task: { try .adding(length: 1000) }),
        Case(name: "GRU", taskText: "adding(length: 500)", modelText: "gru(hidden: 16, layers: 2)", batch: 512,
             spec: ModelSpec(cell: .gru(resetAfter: true), hidden: 16, layers: 2), task: { try .adding(length: 500) }),
        Case(name: "wide RNN", taskText: "adding(length: 500)", modelText: "rnn(hidden: 64)", batch: 512,
             spec: ModelSpec(cell: .rnn(.tanh), hidden: 64), task: { try .adding(length: 500) }),
        Case(name: "copy LSTM", taskText: "copy(length: 200)", modelText: "lstm(hidden: 32, layers: 2)", batch: 256,
             spec: ModelSpec(cell: .lstm, hidden: 32, layers: 2), task: { try .copy(length: 200) }),
        Case(name: "text LSTM", taskText: "text(source: \"\(text)\", length: 200)", modelText: "lstm(hidden: 4)", batch: 512,
             spec: ModelSpec(cell: .lstm, hidden: 4), task: { try .text(source: text, length: 200) }),
    ]

    /// The `lessonrun` executable beside the test bundle.
    static var binary: String {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<3 where !FileManager.default.fileExists(atPath: folder.appendingPathComponent("lessonrun").path) {
            folder = folder.deletingLastPathComponent()
        }
        return folder.appendingPathComponent("lessonrun").path
    }

    /// Runs `lessonrun ARGS` under GNU time and returns its exit status and peak resident bytes.
    ///
    /// Not our own wait4: a child spawned from this (large) test process keeps the test
    /// process's high-water mark across exec on Linux, so its ru_maxrss would measure us.
    /// GNU time is a small process whose child starts from its own small image.
    static func peak(_ arguments: [String]) -> (status: Int32, bytes: Double) {
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("peak-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: report) }
        let status = spawn("/usr/bin/time", ["-f", "%M", "-o", report, binary] + arguments)
        let text = (try? String(contentsOfFile: report, encoding: .utf8)) ?? ""
        let kilobytes = text.split(whereSeparator: \.isNewline).last.flatMap { Double($0.trimmingCharacters(in: .whitespaces)) } ?? 0
        return (status, kilobytes * 1024)
    }

    /// Runs `executable ARGS` with output discarded; its exit status.
    static func spawn(_ executable: String, _ arguments: [String]) -> Int32 {
        var pid: pid_t = 0
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        // posix_spawn has no working-directory action everywhere: callers pass absolute paths.
        guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else { return -1 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        return (status >> 8) & 0xFF
    }

    @Test(arguments: cases)
    func estimateCoversThePeak(_ c: Case) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("memory-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/lessons", withIntermediateDirectories: true)
        let lesson = """
        # Memory

        ```{experiment} m
        :task: \(c.taskText)
        :models: [\(c.modelText)]
        :steps: 1
        :batch: \(c.batch)
        ```

        """
        try Data(lesson.utf8).write(to: URL(fileURLWithPath: folder + "/lessons/01-m.md"))
        let (status, measured) = Self.peak(["build", folder + "/lessons", "--out", folder + "/output", "--no-cache", "-j", "1", "-q"])
        #expect(status == 0)
        let estimate = TrainingMemory.peakBytes(c.spec, task: try c.task(), batch: c.batch)
        print("memory \(c.name): estimate \(TrainingMemory.format(estimate)), measured peak \(TrainingMemory.format(measured))")
        #expect(estimate >= measured, "\(c.name): estimate \(estimate), measured \(measured)")
        #expect(estimate <= 2 * measured, "\(c.name): estimate \(estimate), measured \(measured)")
    }
}
