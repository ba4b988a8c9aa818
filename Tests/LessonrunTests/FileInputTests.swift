import Foundation
import Testing

/// Every file a course reads is inside the lessons folder (after links), in the cache key by
/// content, and readable, or the build says so before it runs.
@Suite struct FileInputTests {
    static let corpusLesson = """
    # Text

    ```{experiment} chars
    :task: text(file: "corpus.txt", length: 8)
    :models: [lstm(hidden: 4)]
    :steps: 3
    :batch: 2
    Characters.
    ```

    """

    func counts(_ run: Run) -> (executed: Int, cached: Int)? {
        guard let line = run.stderr.split(separator: "\n").first(where: { $0.hasPrefix("summary:") }) else { return nil }
        let numbers = line.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        return numbers.count >= 3 ? (numbers[1], numbers[2]) : nil
    }

    /// Editing the corpus re-runs the experiment: the file is in the key by its SHA-256.
    @Test func editingTheCorpusRerunsTheExperiment() throws {
        let ws = try Workspace()
        try ws.write("lessons/01-text.md", Self.corpusLesson)
        try ws.write("lessons/corpus.txt", String(repeating: "abcabcabd ", count: 20))
        let first = try Binary.run(["lessons"], in: ws.url)
        #expect(first.status == 0, "\(first.stderr)")
        let before = try #require(ws.read("output/data/chars.csv"))
        try ws.write("lessons/corpus.txt", String(repeating: "xyzzy plugh ", count: 20))
        let second = try Binary.run(["lessons"], in: ws.url)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(counts(second)?.cached == 0, "\(second.stderr)")
        #expect(ws.read("output/data/chars.csv") != before)
        let third = try Binary.run(["lessons"], in: ws.url)
        #expect(counts(third)?.cached == 1, "\(third.stderr)")
    }

    /// A corpus reached through a link that leaves the lessons folder is refused like the
    /// plain outside path, at check time.
    @Test func aLinkOutsideIsNotRead() throws {
        let ws = try Workspace()
        try ws.write("lessons/01-text.md", Self.corpusLesson)
        try ws.write("secret/corpus.txt", "secret text secret text secret text")
        try FileManager.default.createSymbolicLink(atPath: ws.url.appendingPathComponent("lessons/corpus.txt").path,
                                                   withDestinationPath: "../secret/corpus.txt")
        let check = try Binary.run(["check", "lessons"], in: ws.url)
        #expect(check.status == 1)
        #expect(check.stderr.contains("corpus.txt"))
        #expect(check.stderr.contains("outside the lessons folder"))
    }

    /// A file in lessons/ that links outside (referenced by nothing) is not published.
    @Test func anUnreferencedLinkOutsideIsNotPublished() throws {
        let ws = try Workspace()
        try ws.copyFixture("course")
        try ws.write("private/keys.txt", "secret\n")
        try FileManager.default.createSymbolicLink(atPath: ws.url.appendingPathComponent("lessons/notes.txt").path,
                                                   withDestinationPath: ws.url.appendingPathComponent("private/keys.txt").path)
        try FileManager.default.createSymbolicLink(atPath: ws.url.appendingPathComponent("lessons/more").path,
                                                   withDestinationPath: ws.url.appendingPathComponent("private").path)
        let run = try Binary.run(["lessons"], in: ws.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("outside the lessons folder"))
        #expect(!ws.exists("output/notes.txt"))
        #expect(!ws.exists("output/more/keys.txt"))
        // A link that stays inside is an ordinary file.
        try FileManager.default.createSymbolicLink(atPath: ws.url.appendingPathComponent("lessons/dot-again.svg").path,
                                                   withDestinationPath: "images/dot.svg")
        #expect(try Binary.run(["lessons"], in: ws.url).status == 0)
        #expect(ws.exists("output/dot-again.svg"))
    }

    /// An image the lesson references but cannot read is an error before anything runs.
    /// Root reads everything, so as root the binary runs as `nobody` (setpriv).
    @Test func anUnreadableImageIsAnError() throws {
        let ws = try Workspace()
        try ws.copyFixture("course")
        let image = ws.url.appendingPathComponent("lessons/images/dot.svg").path
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: image)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: image) }
        var prefix: [String] = []
        if getuid() == 0 {
            guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else { return }
            try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: ws.url.path)
            prefix = ["--reuid=65534", "--regid=65534", "--clear-groups", Binary.url.path]
        }
        func run(_ arguments: [String]) throws -> Run {
            guard !prefix.isEmpty else { return try Binary.run(arguments, in: ws.url) }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = prefix + arguments
            process.currentDirectoryURL = ws.url
            let err = Pipe()
            process.standardError = err
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            return Run(status: process.terminationStatus, stdout: "", stderr: text)
        }
        let check = try run(["check", "lessons"])
        #expect(check.status == 1)
        #expect(check.stderr.contains("images/dot.svg"), "\(check.stderr)")
        #expect(check.stderr.contains("cannot be copied"))
        let build = try run(["lessons", "--no-cache"])
        #expect(build.status == 1)
        #expect(!ws.exists("output"))
    }
}
