#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why the preview server could not start, with a hint to fix it.
public enum PreviewError: Error, Equatable, CustomStringConvertible {
    case noLessons(path: String)
    case badHost(String)
    case badPort(Int)
    case portInUse(host: String, port: Int)
    case cannotListen(host: String, port: Int, reason: String, errno: Int32)

    public var description: String {
        switch self {
        case .noLessons(let path): "\(path): no such file or folder"
        case .badHost(let host): "'\(host)' is not an IP address to listen on"
        case .badPort(let port): "port \(port) is out of range"
        case .portInUse(_, let port): "port \(port) is in use"
        case .cannotListen(let host, let port, let reason, _): "cannot listen on \(host):\(port): \(reason)"
        }
    }

    /// What to do about it.
    public var hint: String {
        switch self {
        case .noLessons: "give the lessons folder (default 'lessons') or one lesson file"
        case .badHost: "use 127.0.0.1 (this machine only, the default), ::1, or 0.0.0.0 to share on the network"
        case .badPort: "use a port from 1 to 65535, or 0 to let the system choose"
        case .portInUse(_, let port): "try --port \(port == 65535 ? 8000 : port + 1), or stop the other server"
        case .cannotListen(_, let port, _, let code):
            code == EACCES && port < 1024 ? "ports below 1024 need privileges; try --port 8000" : "try another --port or --host"
        }
    }
}
