import FlyingSocks
import Foundation
import Synchronization

/// The listening socket of `lessonrun serve`, in front of FlyingFox.
///
/// FlyingFox reads a request line and its headers without a length bound (in time that
/// grows with the square of the length) and with no deadline, and cannot be configured
/// otherwise. So the public port is ours: each connection's request head is read here,
/// bounded in size and time, and only a head within the limits is passed on, with
/// `Connection: close`, to FlyingFox listening on a private Unix socket; the response is
/// copied back. One request per connection.
///
/// - Request line over ``Limits/requestLine`` bytes: 414. Head over ``Limits/head``: 431.
/// - Head not complete within ``Limits/headSeconds`` (idle or slow client): 408.
/// - A request body: 413 (the preview only answers GET and HEAD).
/// - More than ``Limits/connections`` at once: 503.
final class BoundedFront: Sendable {
    // `listener` is closed once in `stop()` (guarded by `state.stopped`); connection threads
    // only read `inner` and `limits`, which never change.
    struct Limits: Sendable {
        var requestLine = 8 * 1024
        var head = 32 * 1024
        var headSeconds = 10.0
        /// A client that reads nothing of a response for this long is dropped.
        var sendSeconds = 30.0
        var connections = 256
    }

    private let listener: Socket
    private let inner: any SocketAddress
    private let limits: Limits
    private let state = Mutex(State())

    private struct State {
        var open = 0
        var stopped = false
    }

    private func withState<T: Sendable>(_ body: (inout State) -> T) -> T {
        state.withLock { body(&$0) }
    }

    /// Binds and listens on `address`; throws FlyingSocks' `SocketError` (EADDRINUSE…).
    init(address: some SocketAddress, forwardingTo inner: some SocketAddress, limits: Limits = Limits()) throws {
        let socket = try Socket(domain: Int32(type(of: address).family), type: .stream)
        do {
            try socket.setValue(true, for: .localAddressReuse)
            try socket.bind(to: address)
            try socket.listen()
        } catch {
            try? socket.close()  // the bind's error is the one to report
            throw error
        }
        listener = socket
        self.inner = inner
        self.limits = limits
    }

    /// The address actually bound (the port `--port 0` chose).
    /// Nil only if the socket is already closed; the caller then names the address it asked for.
    var boundAddress: Socket.Address? { try? listener.sockname() }

    /// Accepts connections on a thread of its own until ``stop()``.
    func start() {
        let thread = Thread { [self] in acceptLoop() }
        thread.stackSize = 256 * 1024
        thread.start()
    }

    func stop() {
        let first = withState { state -> Bool in
            defer { state.stopped = true }
            return !state.stopped
        }
        guard first else { return }
        shutdown(listener.file.rawValue, Int32(SHUT_RDWR))
        try? listener.close()  // stopping: nothing is left to tell
    }

    private func acceptLoop() {
        while !withState({ $0.stopped }) {
            let client = accept(listener.file.rawValue, nil, nil)
            if client < 0 {
                if errno == EINTR || errno == ECONNABORTED || errno == EMFILE || errno == ENFILE {
                    if errno != EINTR { usleep(50_000) }
                    continue
                }
                return
            }
            let admitted = withState { state -> Bool in
                guard state.open < limits.connections else { return false }
                state.open += 1
                return true
            }
            guard admitted else {
                Self.reply(client, 503, "Service Unavailable", "too many connections to the preview; try again")
                close(client)
                continue
            }
            let thread = Thread { [self] in
                serve(client)
                close(client)
                withState { $0.open -= 1 }
            }
            thread.stackSize = 256 * 1024
            thread.start()
        }
    }

    /// Reads one bounded request head from `client`, passes it on and copies the answer back.
    private func serve(_ client: Int32) {
        Self.setSendTimeout(client, seconds: limits.sendSeconds)
        let head: [UInt8]
        switch readHead(client) {
        case .head(let bytes): head = bytes
        case .refused(let status, let phrase, let reason):
            Self.reply(client, status, phrase, reason)
            return
        case .closed:
            return
        }
        guard let request = RequestHead(head) else {
            Self.reply(client, 400, "Bad Request", "the request line is not HTTP")
            return
        }
        if request.hasBody {
            Self.reply(client, 413, "Content Too Large", "the preview answers GET and HEAD requests only, without a body")
            return
        }
        // No socket (out of descriptors): the client is told, with a 503, as when the server is unreachable.
        guard let upstream = try? Socket(domain: Int32(type(of: inner).family), type: .stream) else {
            Self.reply(client, 503, "Service Unavailable", "the preview cannot reach its server")
            return
        }
        defer { try? upstream.close() }  // the exchange is over either way
        do {
            try upstream.connect(to: inner)
        } catch {
            Self.reply(client, 503, "Service Unavailable", "the preview cannot reach its server")
            return
        }
        let fd = upstream.file.rawValue
        guard Self.sendAll(fd, request.forwarded) else { return }
        shutdown(fd, Int32(SHUT_WR))
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = recv(fd, &buffer, buffer.count, 0)
            if count < 0, errno == EINTR { continue }
            guard count > 0, Self.sendAll(client, buffer[0..<count]) else { return }
        }
    }

    enum HeadResult {
        case head([UInt8])
        case refused(Int, String, String)
        case closed
    }

    /// The bytes up to and including the blank line ending the head, within the limits.
    private func readHead(_ client: Int32) -> HeadResult {
        var bytes: [UInt8] = []
        let deadline = Date().addingTimeInterval(limits.headSeconds)
        var buffer = [UInt8](repeating: 0, count: 4096)
        var lineEnd: Int?
        var scanned = 0
        while true {
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0 else {
                return bytes.isEmpty ? .closed : .refused(408, "Request Timeout", "the request was not sent in \(Int(limits.headSeconds)) seconds")
            }
            var poller = pollfd(fd: client, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(min(remaining, 1) * 1000))
            if ready < 0, errno != EINTR { return .closed }
            if ready <= 0 { continue }
            let count = recv(client, &buffer, buffer.count, 0)
            if count < 0, errno == EINTR || errno == EAGAIN { continue }
            guard count > 0 else { return .closed }
            bytes += buffer[0..<count]
            // Scan only the new bytes (and the three before them) for the line ends.
            let from = max(0, scanned - 3)
            if lineEnd == nil, let end = Self.find([13, 10], in: bytes, from: from) { lineEnd = end }
            guard let requestLineEnd = lineEnd else {
                if bytes.count > limits.requestLine {
                    return .refused(414, "URI Too Long", "the request line is longer than \(limits.requestLine) bytes")
                }
                scanned = bytes.count
                continue
            }
            if requestLineEnd > limits.requestLine {
                return .refused(414, "URI Too Long", "the request line is longer than \(limits.requestLine) bytes")
            }
            if let end = Self.find([13, 10, 13, 10], in: bytes, from: max(0, from - 2)) {
                guard end + 4 <= limits.head else {
                    return .refused(431, "Request Header Fields Too Large", "the request head is longer than \(limits.head) bytes")
                }
                return .head(Array(bytes[0..<(end + 4)]))
            }
            if bytes.count > limits.head {
                return .refused(431, "Request Header Fields Too Large", "the request head is longer than \(limits.head) bytes")
            }
            scanned = bytes.count
        }
    }

    static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard bytes.count >= needle.count, start <= bytes.count - needle.count else { return nil }
        var index = start
        while index <= bytes.count - needle.count {
            if bytes[index] == needle[0], Array(bytes[index..<(index + needle.count)]) == needle { return index }
            index += 1
        }
        return nil
    }

    static func sendAll(_ fd: Int32, _ bytes: some Collection<UInt8>) -> Bool {
        let array = Array(bytes)
        var sent = 0
        while sent < array.count {
            let count = array[sent...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return false }
            sent += count
        }
        return true
    }

    static func reply(_ fd: Int32, _ status: Int, _ phrase: String, _ reason: String) {
        let body = reason + "\n"
        let text = "HTTP/1.1 \(status) \(phrase)\r\nContent-Type: text/plain; charset=utf-8\r\n"
            + "Content-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n" + body
        _ = sendAll(fd, Array(text.utf8))
    }

    static func setSendTimeout(_ fd: Int32, seconds: Double) {
        var time = timeval(tv_sec: Int(seconds), tv_usec: 0)
        _ = setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
    }
}

/// A request head as the front passes it on: `Connection` and `Keep-Alive` replaced by
/// `Connection: close`, since the front serves one request per connection.
struct RequestHead {
    let forwarded: [UInt8]
    let hasBody: Bool

    init?(_ head: [UInt8]) {
        let text = String(decoding: head, as: UTF8.self)
        var lines = text.components(separatedBy: "\r\n")
        while lines.last == "" { lines.removeLast() }
        guard let requestLine = lines.first, requestLine.split(separator: " ").count == 3 else { return nil }
        var kept = [requestLine]
        var body = false
        for line in lines.dropFirst() {
            let name = line.prefix { $0 != ":" }.lowercased()
            if name == "connection" || name == "keep-alive" { continue }
            if name == "transfer-encoding" { body = true }
            if name == "content-length", Int(line.drop { $0 != ":" }.dropFirst().trimmingCharacters(in: .whitespaces)) != 0 {
                body = true
            }
            kept.append(line)
        }
        kept.append("Connection: close")
        forwarded = Array((kept.joined(separator: "\r\n") + "\r\n\r\n").utf8)
        hasBody = body
    }
}
