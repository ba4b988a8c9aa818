import FlyingSocks
import Foundation

/// The socket address for `--host` and `--port`.
enum ListenAddress {
    static func make(host: String, port: Int) throws -> any SocketAddress {
        guard (0...65535).contains(port) else { throw PreviewError.badPort(port) }
        let port = UInt16(port)
        do {
            switch host {
            case "localhost": return try sockaddr_in.inet(ip4: "127.0.0.1", port: port)
            case let ip6 where ip6.contains(":"):
                return try sockaddr_in6.inet6(ip6: ip6.trimmingPrefix("[").split(separator: "]").first.map(String.init) ?? ip6, port: port)
            default: return try sockaddr_in.inet(ip4: host, port: port)
            }
        } catch {
            throw PreviewError.badHost(host)
        }
    }

    /// Where FlyingFox listens behind the bounded front: a Unix socket in Linux's abstract
    /// namespace (no file to clean up), elsewhere a socket file in the temporary folder.
    static func privateAddress() -> sockaddr_un {
        let name = "lessonrun-preview-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        #if os(Linux)
        return .unix(abstractNamespace: name)
        #else
        return .unix(path: NSTemporaryDirectory() + name)
        #endif
    }

    /// The port of a bound address.
    static func port(of address: Socket.Address?) -> UInt16? {
        switch address {
        case .ip4(_, let port), .ip6(_, let port): port
        default: nil
        }
    }

    /// `http://host:port/` for a bound address, bracketing IPv6.
    static func url(for address: Socket.Address?, fallbackHost: String, fallbackPort: Int) -> String {
        switch address {
        case .ip4(let ip, let port): "http://\(ip):\(port)/"
        case .ip6(let ip, let port): "http://[\(ip)]:\(port)/"
        default: fallbackHost.contains(":") ? "http://[\(fallbackHost)]:\(fallbackPort)/" : "http://\(fallbackHost):\(fallbackPort)/"
        }
    }
}
