import Foundation

/// A running `lessonrun serve`, stopped (SIGINT, then SIGKILL if it
/// lingers) when `stop()` is called or the value goes away, so a failing
/// test never leaves a server behind.
final class ServeProcess: @unchecked Sendable {
    let process: Process
    private(set) var port: UInt16 = 0
    private let lock = NSLock()
    private var errorText = ""
    private var launched = false

    /// Starts `lessonrun serve ARGS --port 0` in `directory` and waits for
    /// the URL it prints.
    init(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws {
        let (process, out, err) = Binary.process(["serve"] + arguments + ["--port", "0"], in: directory, environment: environment)
        self.process = process
        for pipe in [out, err] {
            pipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
                let data = handle.availableData
                guard let self, !data.isEmpty else { return }
                self.lock.withLock { self.errorText += String(decoding: data, as: UTF8.self) }
            }
        }
        try process.run()
        launched = true
        let found = eventually(within: 60) { self.listeningPort() != nil }
        guard found, let port = listeningPort() else {
            stop()
            throw SocketFailure(description: "serve did not print its URL:\n\(output)")
        }
        self.port = port
    }

    /// Everything the server printed (standard output and error).
    var output: String { lock.withLock { errorText } }

    private func listeningPort() -> UInt16? {
        guard let range = output.range(of: "serving http://127.0.0.1:") else { return nil }
        return UInt16(output[range.upperBound...].prefix { $0.isNumber })
    }

    func get(_ target: String) throws -> HTTPReply {
        try RawHTTP.get(target, port: port)
    }

    /// Interrupts the server as Ctrl-C would and returns its exit status.
    @discardableResult
    func stop() -> Int32 {
        guard launched else { return -1 }
        if process.isRunning {
            process.interrupt()
            if !eventually(within: 10, { !process.isRunning }) {
                kill(process.processIdentifier, SIGKILL)
            }
        }
        process.waitUntilExit()
        return process.terminationStatus
    }

    deinit { stop() }
}
