import Foundation
import Testing

@Suite struct ServeTests {
    /// Serve, fetch, edit, see the change and the reload event; stop cleanly.
    @Test func servesRebuildsAndTellsPagesToReload() throws {
        let ws = try Workspace()
        try ws.copyFixture("course")
        try ws.write("Package.swift", "SECRET-PACKAGE-MANIFEST")
        let server = try ServeProcess(["lessons", "--out", "output"], in: ws.url)
        defer { server.stop() }

        #expect(eventually { try server.get("/").body.contains("<h1>Fixture course</h1>") }, "\(server.output)")
        let index = try server.get("/")
        #expect(index.status == 200)
        #expect(index.headers["content-type"] == "text/html; charset=utf-8")
        let lesson = try server.get("/01-prose.html")
        #expect(lesson.status == 200)
        #expect(lesson.body.contains("Learning goals:"))
        #expect(lesson.body.contains("<script data-lessonrun=\"reload\">"))
        #expect(!(ws.read("output/01-prose.html") ?? "").contains("lessonrun=\"reload\""), "the script is never written to output/")

        let events = try EventStreamReader(port: server.port)
        defer { events.close() }
        #expect(eventually { events.text.contains("event: hello") }, "\(events.text)")

        let source = try #require(ws.read("lessons/01-prose.md"))
        try ws.write("lessons/01-prose.md", source.replacingOccurrences(of: "Learning goals:", with: "What you will learn:"))
        #expect(eventually { try server.get("/01-prose.html").body.contains("What you will learn:") }, "\(server.output)")
        #expect(eventually { events.text.contains("event: reload\ndata: 2\n") }, "\(events.text)")
        #expect(server.output.contains("changed: 01-prose.md; rebuilding"))

        let svg = try server.get("/images/dot.svg")
        #expect(svg.status == 200)
        #expect(svg.headers["content-type"] == "image/svg+xml")
        #expect(try server.get("/style.css").headers["content-type"] == "text/css; charset=utf-8")
        let missing = try server.get("/no-such-page.html")
        #expect(missing.status == 404)
        #expect(missing.body.contains("Not found"))

        for target in ["/../Package.swift", "/%2e%2e/%2e%2e/etc/passwd", "/%2e%2e/Package.swift", "/images%2f..%2f..%2fPackage.swift"] {
            let reply = try server.get(target)
            #expect(reply.status == 403 || reply.status == 404, "\(target) → \(reply.status)")
            #expect(!reply.body.contains("SECRET-PACKAGE-MANIFEST") && !reply.body.contains("root:x:0"), "\(target) leaked a file")
        }
        try FileManager.default.createSymbolicLink(atPath: ws.url.appendingPathComponent("output/escape").path, withDestinationPath: ws.url.path)
        let symlinked = try server.get("/escape/Package.swift")
        #expect(symlinked.status == 403 || symlinked.status == 404)
        #expect(!symlinked.body.contains("SECRET-PACKAGE-MANIFEST"))

        let status = server.stop()
        #expect(status == 0 || status == 130, "\(server.output)")
        #expect(ws.entries == ["Package.swift", "lessons", "output"], "no temporary folders left behind")
    }

    /// A broken lesson: the overlay lists the errors over the last good pages;
    /// fixing it clears the overlay.
    @Test func anErrorShowsTheOverlayOverTheLastGoodPages() throws {
        let ws = try Workspace()
        try ws.copyFixture("course")
        let server = try ServeProcess(["lessons"], in: ws.url)
        defer { server.stop() }
        #expect(eventually { try server.get("/01-prose.html").body.contains("Learning goals:") }, "\(server.output)")
        let goodOnDisk = ws.snapshot("output")

        let good = try #require(ws.read("lessons/01-prose.md"))
        try ws.write("lessons/01-prose.md", good.replacingOccurrences(of: "title: Prose", with: "titel: Prose"))
        #expect(eventually { try server.get("/01-prose.html").body.contains("id=\"lessonrun-overlay\"") }, "\(server.output)")

        let page = try server.get("/01-prose.html")
        #expect(page.status == 200)
        #expect(page.body.contains("Build failed: 1 error"))
        #expect(page.body.contains("<span class=\"lr-loc\">lessons/01-prose.md:2:1</span>: <span class=\"lr-sev\">error</span>: unknown key 'titel'"))
        #expect(page.body.contains("<code>titel: Prose, tables and math\n"))
        #expect(page.body.contains("<strong>hint:</strong> did you mean 'title'?"))
        #expect(page.body.contains("Learning goals:"), "the last good page is still served under the overlay")
        let other = try server.get("/02-directives.html")
        #expect(other.status == 200 && other.body.contains("lessonrun-overlay") && other.body.contains("<h1"))
        #expect(server.output.contains("lessons/01-prose.md:2:1: error: unknown key 'titel'"))
        #expect(server.output.contains("build failed; still serving the last good pages"))
        #expect(ws.snapshot("output") == goodOnDisk, "a failed build leaves output/ as it was")

        try ws.write("lessons/01-prose.md", good.replacingOccurrences(of: "Learning goals:", with: "Goals, fixed:"))
        #expect(eventually {
            let body = try server.get("/01-prose.html").body
            return body.contains("Goals, fixed:") && !body.contains("lessonrun-overlay")
        }, "\(server.output)")
    }

    /// Ctrl-C while a build is part way: no staging folder is left, and
    /// the exit is clean.
    @Test func ctrlCDuringABuildLeavesNothingBehind() throws {
        let ws = try Workspace()
        try ws.copyFixture("course")
        let (process, _, _) = Binary.process(["serve", "lessons", "--port", "0"], in: ws.url,
                                             environment: ["LESSONRUN_PAUSE_BEFORE_SWAP": "20"])
        try process.run()
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        #expect(eventually { ws.entries.contains { $0.hasPrefix(".output.tmp-") } }, "\(ws.entries)")
        process.interrupt()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0 || process.terminationStatus == 130)
        #expect(ws.entries == ["lessons"], "no staging folder, no half-built output")
    }

    @Test func aPortInUseIsAClearError() throws {
        let ws = try Workspace()
        try ws.copyFixture("course")
        let (fd, port) = try listeningSocket()
        defer { close(fd) }
        let run = try Binary.run(["serve", "lessons", "--port", "\(port)"], in: ws.url)
        #expect(run.status == 1)
        #expect(run.stderr.contains("error: port \(port) is in use"))
        #expect(run.stderr.contains("hint: try --port \(port + 1)"))
        #expect(!ws.exists("output"), "it stops before building")
    }

    @Test func aBadHostOrMissingLessonsIsAClearError() throws {
        let ws = try Workspace()
        let noLessons = try Binary.run(["serve", "lessons", "--port", "0"], in: ws.url)
        #expect(noLessons.status == 1)
        #expect(noLessons.stderr.contains("error: lessons: no such file or folder"))
        try ws.copyFixture("course")
        let badHost = try Binary.run(["serve", "lessons", "--host", "example.org", "--port", "0"], in: ws.url)
        #expect(badHost.status == 1)
        #expect(badHost.stderr.contains("'example.org' is not an IP address"))
    }

    /// A socket listening on a port the system picked.
    private func listeningSocket() throws -> (Int32, UInt16) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound, listen(fd, 1) == 0 else { throw SocketFailure(description: "cannot listen") }
        return (fd, UInt16(bigEndian: address.sin_port))
    }
}
