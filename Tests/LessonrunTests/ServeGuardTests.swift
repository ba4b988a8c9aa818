import Foundation
import Testing

/// The preview answers only to the names it is reached by (DNS rebinding guard).
@Suite struct ServeGuardTests {
    @Test func aForeignHostHeaderIsRefused() throws {
        let ws = try Workspace()
        try ws.copyFixture("course")
        let server = try ServeProcess(["lessons", "--out", "output"], in: ws.url)
        defer { server.stop() }
        #expect(eventually { try RawHTTP.get("/", port: server.port).status == 200 }, "\(server.output)")
        let foreign = try RawHTTP.get("/", port: server.port, host: "rebind.example:\(server.port)")
        #expect(foreign.status == 421)
        #expect(!foreign.body.contains("Fixture course"))
        #expect(try RawHTTP.get("/", port: server.port, host: "localhost:\(server.port)").status == 200)
    }
}

/// Request heads are bounded in size and time before FlyingFox sees them.
@Suite struct ServeLimitTests {
    /// Sends `text` on a fresh connection and reads until the server closes it.
    static func exchange(_ text: String, port: UInt16, pause: Double = 0) throws -> (reply: String, seconds: Double) {
        let fd = try RawHTTP.connect(port: port)
        defer { close(fd) }
        let start = Date()
        RawHTTP.send(fd, text)
        if pause > 0 { Thread.sleep(forTimeInterval: pause) }
        var data = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n <= 0 { break }
            data += buffer[0..<n]
        }
        return (String(decoding: data, as: UTF8.self), Date().timeIntervalSince(start))
    }

    @Test func longLinesHeadersAndSlowClients() throws {
        let ws = try Workspace()
        try ws.copyFixture("course")
        let server = try ServeProcess(["lessons", "--out", "output"], in: ws.url, environment: ["LESSONRUN_SERVE_HEAD_SECONDS": "1"])
        defer { server.stop() }
        #expect(eventually { try RawHTTP.get("/", port: server.port).status == 200 }, "\(server.output)")

        // A 1 MB request line: refused at once (it kept a core busy for minutes before).
        let long = try Self.exchange("GET /" + String(repeating: "a", count: 1 << 20) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", port: server.port)
        #expect(long.reply.hasPrefix("HTTP/1.1 414 "), "\(long.reply.prefix(200))")
        #expect(long.seconds < 5)

        // 100 KB of headers.
        let headers = (0..<1_000).map { "X-Filler-\($0): " + String(repeating: "b", count: 90) }.joined(separator: "\r\n")
        let many = try Self.exchange("GET / HTTP/1.1\r\nHost: 127.0.0.1:\(server.port)\r\n" + headers + "\r\n\r\n", port: server.port)
        #expect(many.reply.hasPrefix("HTTP/1.1 431 "), "\(many.reply.prefix(200))")

        // A client that starts a request and stops: 408 after the head deadline, not never.
        let slow = try Self.exchange("GET / HTTP/1.1\r\nHost: 127.0.0.1:\(server.port)\r\n", port: server.port)
        #expect(slow.reply.hasPrefix("HTTP/1.1 408 "), "\(slow.reply.prefix(200))")
        #expect(slow.seconds < 5)

        // An idle connection is closed too.
        let idle = try Self.exchange("", port: server.port)
        #expect(idle.reply.isEmpty)
        #expect(idle.seconds < 5)

        // And the server still answers, keep-alive requests included.
        let page = try Self.exchange("GET / HTTP/1.1\r\nHost: 127.0.0.1:\(server.port)\r\nConnection: keep-alive\r\n\r\n", port: server.port)
        #expect(page.reply.hasPrefix("HTTP/1.1 200 "), "\(page.reply.prefix(200))")
        #expect(page.reply.contains("Fixture course"))
    }
}
