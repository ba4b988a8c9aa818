import Foundation
import Testing

@Suite struct AtomicOutputTests {
    /// A build that fails leaves the previous site byte for byte.
    @Test func errorLeavesPreviousOutput() throws {
        let ws = try Workspace()
        try ws.copyFixture("course")
        #expect(try Binary.run(["lessons"], in: ws.url).status == 0)
        let before = ws.snapshot("output")
        try ws.write("lessons/03-broken.md", "---\norder: [\n---\n# Broken\n")
        let run = try Binary.run(["lessons"], in: ws.url)
        #expect(run.status == 1)
        #expect(ws.snapshot("output") == before)
        #expect(ws.entries == ["lessons", "output"])
    }

    /// Ctrl-C while the new site is being written: the old one stays, and no
    /// temporary folder is left behind.
    @Test func interruptLeavesPreviousOutput() throws {
        let ws = try Workspace()
        try ws.copyFixture("course")
        #expect(try Binary.run(["lessons"], in: ws.url).status == 0)
        let before = ws.snapshot("output")
        try ws.write("lessons/01-prose.md", "# Changed\n")
        let (process, _, err) = Binary.process(["lessons"], in: ws.url, environment: ["LESSONRUN_PAUSE_BEFORE_SWAP": "30"])
        try process.run()
        // Wait until the staging folder exists, then interrupt.
        let deadline = Date().addingTimeInterval(30)
        while !ws.entries.contains(where: { $0.hasPrefix(".output.tmp-") }), Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(ws.entries.contains { $0.hasPrefix(".output.tmp-") })
        process.interrupt()
        process.waitUntilExit()
        _ = err.fileHandleForReading.readDataToEndOfFile()
        #expect(process.terminationStatus == 130)
        #expect(ws.snapshot("output") == before)
        #expect(ws.entries == ["lessons", "output"])
    }

    /// A build killed outright leaves its staging folder; the next build
    /// removes it and the old site is still intact in between.
    @Test func killedBuildIsCleanedUpByTheNext() throws {
        let ws = try Workspace()
        try ws.copyFixture("course")
        #expect(try Binary.run(["lessons"], in: ws.url).status == 0)
        let before = ws.snapshot("output")
        let (process, _, _) = Binary.process(["lessons"], in: ws.url, environment: ["LESSONRUN_PAUSE_BEFORE_SWAP": "30"])
        try process.run()
        let deadline = Date().addingTimeInterval(30)
        while !ws.entries.contains(where: { $0.hasPrefix(".output.tmp-") }), Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(ws.snapshot("output") == before)
        #expect(ws.entries.contains { $0.hasPrefix(".output.tmp-") })
        #expect(try Binary.run(["lessons"], in: ws.url).status == 0)
        #expect(ws.entries == ["lessons", "output"])
    }
}
