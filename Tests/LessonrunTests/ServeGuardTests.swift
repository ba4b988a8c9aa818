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
