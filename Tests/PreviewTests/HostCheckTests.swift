import Testing
@testable import Preview

/// DNS rebinding: a foreign name that resolves to this machine is not answered.
@Suite struct HostCheckTests {
    @Test func namesThisServerIsReachedBy() {
        let check = HostCheck(listeningHost: "127.0.0.1", port: 8000)
        for host in ["127.0.0.1:8000", "localhost:8000", "LOCALHOST:8000", "[::1]:8000", "192.168.1.5:8000"] {
            #expect(check.allows(host), "\(host)")
        }
        #expect(check.allows(nil))
    }

    @Test func foreignNamesAndPortsAreRefused() {
        let check = HostCheck(listeningHost: "127.0.0.1", port: 8000)
        for host in ["evil.example:8000", "evil.example", "127.0.0.1:8001", "127.0.0.1", "localhost.evil.example:8000",
                     "1.2.3.4.evil:8000", "[::1]:80", "", "300.1.1.1:8000"] {
            #expect(!check.allows(host), "\(host)")
        }
    }

    @Test func theHostOptionAndPort80() {
        #expect(HostCheck(listeningHost: "preview.lan", port: 8000).allows("preview.lan:8000"))
        #expect(HostCheck(listeningHost: "127.0.0.1", port: 80).allows("localhost"))
    }
}
