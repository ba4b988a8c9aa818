import Foundation
import Testing

/// `--out` never destroys what lessonrun did not write, two builds never mix their sites,
/// a kill never leaves the output folder missing, and `eval` never overwrites its inputs.
@Suite struct OutputSafetyTests {
    /// One-character folder names trapped inside NSString's deletingLastPathComponent.
    @Test func oneCharacterNames() throws {
        let ws = try Workspace()
        try ws.copyFixture("course", to: "L")
        let run = try Binary.run(["build", "L", "--out", "o"], in: ws.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(ws.exists("o/index.html"))
        let again = try Binary.run(["build", "L/", "--out", "o/"], in: ws.url)
        #expect(again.status == 0, "\(again.stderr)")
        let check = try Binary.run(["check", "L/01-prose.md"], in: ws.url)
        #expect(check.status == 0, "\(check.stderr)")
    }

    @Test func anExistingFileIsNotReplaced() throws {
        let ws = try Workspace()
        try ws.copyFixture("course")
        try ws.write("notes.txt", "my notes\n")
        let run = try Binary.run(["lessons", "--out", "notes.txt"], in: ws.url)
        #expect(run.status == 64)
        #expect(run.stderr.contains("is a file"))
        #expect(run.stderr.contains("--replace-folder-not-written-by-lessonrun"))
        #expect(ws.read("notes.txt") == "my notes\n")
    }

    @Test func aFolderLessonrunDidNotWriteIsNotReplaced() throws {
        let ws = try Workspace()
        try ws.copyFixture("course")
        try ws.write("important/thesis.tex", "chapter one\n")
        let run = try Binary.run(["lessons", "--out", "important"], in: ws.url)
        #expect(run.status == 64)
        #expect(run.stderr.contains("did not write it"))
        #expect(ws.read("important/thesis.tex") == "chapter one\n")
        let serve = try Binary.run(["serve", "lessons", "--out", "important", "--port", "0"], in: ws.url)
        #expect(serve.status == 64)
        #expect(ws.read("important/thesis.tex") == "chapter one\n")
        // The deliberate override replaces it; after that the folder is lessonrun's.
        let forced = try Binary.run(["lessons", "--out", "important", "--replace-folder-not-written-by-lessonrun"], in: ws.url)
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(!ws.exists("important/thesis.tex"))
        #expect(try Binary.run(["lessons", "--out", "important"], in: ws.url).status == 0)
    }

    @Test func emptyAndOwnFoldersAreReplaced() throws {
        let ws = try Workspace()
        try ws.copyFixture("course")
        try FileManager.default.createDirectory(at: ws.url.appendingPathComponent("empty"), withIntermediateDirectories: true)
        #expect(try Binary.run(["lessons", "--out", "empty"], in: ws.url).status == 0)
        #expect(ws.exists("empty/manifest.json"))
        #expect(try Binary.run(["lessons", "--out", "empty"], in: ws.url).status == 0)
    }

    /// `sub/c2/..` with `sub/c2` linking to the lessons folder is the workspace, which holds the lessons.
    @Test func linksAreResolvedBeforeTheChecks() throws {
        let ws = try Workspace()
        try ws.copyFixture("course")
        try FileManager.default.createDirectory(at: ws.url.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: ws.url.appendingPathComponent("sub/c2").path,
                                                   withDestinationPath: ws.url.appendingPathComponent("lessons").path)
        let before = ws.snapshot("lessons")
        let run = try Binary.run(["lessons", "--out", "sub/c2/.."], in: ws.url)
        #expect(run.status == 64)
        #expect(ws.snapshot("lessons") == before)
        #expect(ws.exists("sub/c2"))
    }

    /// The second build waits for the first instead of deleting its staging folder.
    @Test func twoBuildsIntoOneFolderTakeTurns() throws {
        let ws = try Workspace()
        try ws.copyFixture("course")
        let (first, _, firstErr) = Binary.process(["lessons"], in: ws.url, environment: ["LESSONRUN_PAUSE_BEFORE_SWAP": "2"])
        try first.run()
        #expect(eventually(within: 60) { ws.entries.contains { $0.hasPrefix(".output.tmp-") } })
        let second = try Binary.run(["lessons"], in: ws.url)
        first.waitUntilExit()
        _ = firstErr.fileHandleForReading.readDataToEndOfFile()
        #expect(first.terminationStatus == 0)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("waiting for another lessonrun") || second.stderr.contains("waiting for another lessonrun"))
        #expect(ws.entries == ["lessons", "output"])
        #expect(ws.exists("output/index.html") && ws.exists("output/manifest.json"))
    }

    /// With `renameat2(RENAME_EXCHANGE)` there is no moment without a site: the pause that
    /// sits between the two renames of the fallback is never reached, so a kill finds the old
    /// or the new site in place.
    @Test func noMomentWithoutASite() throws {
        let ws = try Workspace()
        try ws.copyFixture("course")
        #expect(try Binary.run(["lessons"], in: ws.url).status == 0)
        try ws.write("lessons/01-prose.md", "# Changed\n")
        let (process, _, err) = Binary.process(["lessons"], in: ws.url, environment: ["LESSONRUN_PAUSE_BETWEEN_RENAMES": "30"])
        try process.run()
        let gone = eventually(within: 60) { !ws.exists("output") || !process.isRunning }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        _ = err.fileHandleForReading.readDataToEndOfFile()
        #expect(gone)
        #expect(ws.exists("output/index.html"))
        #expect(ws.read("output/01-prose.html")?.contains("Changed") == true)
    }

    /// Without the exchange (old kernels, some file systems) the next run restores the old site.
    @Test func theFallbackIsRepairedByTheNextRun() throws {
        let ws = try Workspace()
        try ws.copyFixture("course")
        #expect(try Binary.run(["lessons"], in: ws.url).status == 0)
        let before = ws.snapshot("output")
        let environment = ["LESSONRUN_PAUSE_BETWEEN_RENAMES": "30", "LESSONRUN_NO_RENAME_EXCHANGE": "1"]
        let (process, _, err) = Binary.process(["lessons"], in: ws.url, environment: environment)
        try process.run()
        #expect(eventually(within: 60) { !ws.exists("output") })
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        _ = err.fileHandleForReading.readDataToEndOfFile()
        #expect(try Binary.run(["lessons"], in: ws.url).status == 0)
        #expect(ws.snapshot("output") == before)
        #expect(ws.entries == ["lessons", "output"])
    }

    @Test func evalRefusesToOverwriteItsInputs() throws {
        let ws = try Workspace()
        try ws.write("w.safetensors", "weights")
        try ws.write("x.safetensors", "input")
        try FileManager.default.createSymbolicLink(atPath: ws.url.appendingPathComponent("link").path, withDestinationPath: "w.safetensors")
        for output in ["w.safetensors", "./w.safetensors", "link", "x.safetensors"] {
            let run = try Binary.run(["eval", "--cell", "lstm", "--weights", "w.safetensors", "--input", "x.safetensors",
                                      "--output", output], in: ws.url)
            #expect(run.status == 64, "\(output)")
            #expect(run.stderr.contains("would overwrite"), "\(output)")
        }
        #expect(ws.read("w.safetensors") == "weights")
        #expect(ws.read("x.safetensors") == "input")
    }
}
