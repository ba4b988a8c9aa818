import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An HTTP response read off a raw socket.
struct HTTPReply {
    var status: Int
    var headers: [String: String]
    var body: String
}

struct SocketFailure: Error, CustomStringConvertible {
    var description: String
}

/// HTTP/1.1 over a plain socket, so a test can send request targets exactly
/// as written (`/../Package.swift`), which URL types would normalise away.
enum RawHTTP {
    static func connect(port: UInt16, timeout: Int = 10) throws -> Int32 {
        #if canImport(Glibc)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw SocketFailure(description: "socket() failed") }
        var wait = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { systemConnect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            close(fd)
            throw SocketFailure(description: "cannot connect to port \(port)")
        }
        return fd
    }

    static func send(_ fd: Int32, _ text: String) {
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { systemSend(fd, $0.baseAddress, $0.count) }
            if n <= 0 { return }
            sent += n
        }
    }

    /// Sends `GET target` and reads the whole response (by Content-Length).
    static func get(_ target: String, port: UInt16, host: String? = nil) throws -> HTTPReply {
        let fd = try connect(port: port)
        defer { close(fd) }
        send(fd, "GET \(target) HTTP/1.1\r\nHost: \(host ?? "127.0.0.1:\(port)")\r\nConnection: close\r\n\r\n")
        var data = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n <= 0 { break }
            data += buffer[0..<n]
            if let reply = parse(data), reply.body.utf8.count >= Int(reply.headers["content-length"] ?? "0") ?? 0 {
                return reply
            }
        }
        guard let reply = parse(data) else { throw SocketFailure(description: "no HTTP response for \(target)") }
        return reply
    }

    static func parse(_ data: [UInt8]) -> HTTPReply? {
        let text = String(decoding: data, as: UTF8.self)
        guard let end = text.range(of: "\r\n\r\n") else { return nil }
        let lines = text[..<end.lowerBound].components(separatedBy: "\r\n")
        guard let statusLine = lines.first, statusLine.hasPrefix("HTTP/1.1 "),
              let status = Int(statusLine.dropFirst(9).prefix(3)) else { return nil }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return HTTPReply(status: status, headers: headers, body: String(text[end.upperBound...]))
    }
}

/// Reads a server-sent event stream on a thread of its own, keeping
/// everything received so far.
final class EventStreamReader: @unchecked Sendable {
    private let fd: Int32
    private let lock = NSLock()
    private var received = ""
    private var closed = false

    init(port: UInt16) throws {
        fd = try RawHTTP.connect(port: port, timeout: 1)
        RawHTTP.send(fd, "GET /__lessonrun/events HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nAccept: text/event-stream\r\n\r\n")
        Thread.detachNewThread { [self] in
            var buffer = [UInt8](repeating: 0, count: 4096)
            while !isClosed {
                let n = recv(fd, &buffer, buffer.count, 0)
                if n == 0 { break }
                if n < 0 { continue }  // the 1 s timeout: look at `closed` again
                lock.withLock { received += String(decoding: buffer[0..<n], as: UTF8.self) }
            }
        }
    }

    var text: String { lock.withLock { received } }
    private var isClosed: Bool { lock.withLock { closed } }

    func close() {
        lock.withLock { closed = true }
        shutdown(fd, Int32(SHUT_RDWR))
    }

    deinit {
        systemClose(fd)
    }
}

// The C functions, under names that methods called `connect`, `send` and
// `close` do not shadow.
private func systemConnect(_ fd: Int32, _ address: UnsafePointer<sockaddr>, _ length: socklen_t) -> Int32 {
    connect(fd, address, length)
}

private func systemSend(_ fd: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
    send(fd, bytes, count, Int32(MSG_NOSIGNAL))
    #else
    send(fd, bytes, count, 0)
    #endif
}

private func systemClose(_ fd: Int32) {
    close(fd)
}

/// Polls `condition` every 100 ms for up to `seconds`; true once it holds.
func eventually(within seconds: Double = 30, _ condition: () throws -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if (try? condition()) == true { return true }
        Thread.sleep(forTimeInterval: 0.1)
    }
    return (try? condition()) == true
}
