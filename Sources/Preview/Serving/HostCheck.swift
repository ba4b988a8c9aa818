/// The `Host` header check against DNS rebinding: a page on another site can make a
/// browser resolve its own name to 127.0.0.1 and read the preview; the browser then still
/// sends that name as `Host`. Only the names this server is reached by are answered.
struct HostCheck: Sendable, Equatable {
    /// The `--host` value the server listens on.
    let listeningHost: String
    /// The port actually bound (after `--port 0` chose one).
    let port: UInt16

    /// Whether a request with this `Host` header is for this server: an IP literal,
    /// `localhost` or the `--host` name, with the served port (or none when it is 80).
    /// A request without `Host` (HTTP/1.0, not a browser) is answered.
    func allows(_ header: String?) -> Bool {
        guard let header else { return true }
        let value = header.lowercased()
        let (name, portText) = Self.split(value)
        if let portText {
            guard UInt16(portText) == port else { return false }
        } else if port != 80 {
            return false
        }
        return name == "localhost" || name == listeningHost.lowercased() || Self.isIPLiteral(name)
    }

    /// `name:port`, `[v6]:port`, `name` or `[v6]`.
    static func split(_ value: String) -> (name: String, port: Substring?) {
        if value.hasPrefix("["), let close = value.firstIndex(of: "]") {
            let name = String(value[value.index(after: value.startIndex)..<close])
            let rest = value[value.index(after: close)...]
            return (name, rest.hasPrefix(":") ? rest.dropFirst() : nil)
        }
        if let colon = value.lastIndex(of: ":") {
            return (String(value[..<colon]), value[value.index(after: colon)...])
        }
        return (value, nil)
    }

    /// An IPv4 dotted quad or an IPv6 address (from inside brackets).
    static func isIPLiteral(_ name: String) -> Bool {
        if name.contains(":") {
            return !name.isEmpty && name.allSatisfy { $0.isHexDigit || $0 == ":" || $0 == "." }
        }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { part in
            !part.isEmpty && part.count <= 3 && part.allSatisfy(\.isASCII) && part.allSatisfy(\.isNumber) && (Int(part) ?? 256) <= 255
        }
    }
}
