import FlyingFox
import FlyingSocks
import Foundation

/// `lessonrun serve`: builds the site, serves it, rebuilds when a lesson
/// changes and tells open pages to reload. A failed build keeps the last
/// good pages served, with the errors laid over them.
public struct PreviewServer: Sendable {
    public let options: PreviewOptions
    /// Where progress and diagnostics go (the terminal's standard error).
    public let log: @Sendable (String) -> Void
    /// Shared with the request handler; exposed for tests.
    public let state = PreviewState()
    public let hub = ReloadHub()

    public init(options: PreviewOptions, log: @escaping @Sendable (String) -> Void) {
        self.options = options
        self.log = log
    }

    /// Runs until cancelled (or the process is interrupted). Throws a
    /// `PreviewError` when it cannot start.
    /// - Parameter onListening: Called once with the URL being served.
    public func run(onListening: @escaping @Sendable (String) -> Void) async throws {
        guard FileManager.default.fileExists(atPath: options.lessonsPath) else {
            throw PreviewError.noLessons(path: options.lessonsPath)
        }
        let address = try ListenAddress.make(host: options.host, port: options.port)
        let watcher = FolderWatcher(root: options.lessonsPath, excluding: [options.outputPath], interval: options.pollInterval)
        // Taken before the first build, so an edit made during it is seen.
        var snapshot = watcher.snapshot()
        let handler = PreviewHandler(site: SiteFolder(path: options.outputPath), state: state, hub: hub)
        // FlyingFox listens privately; the public port is the bounded front (see BoundedFront).
        let inner = ListenAddress.privateAddress()
        let front: BoundedFront
        do {
            var limits = BoundedFront.Limits()
            // Tests shorten the wait for a request head (seconds).
            if let value = ProcessInfo.processInfo.environment["LESSONRUN_SERVE_HEAD_SECONDS"], let seconds = Double(value), seconds > 0 {
                limits.headSeconds = min(seconds, 60)
            }
            front = try BoundedFront(address: address, forwardingTo: inner, limits: limits)
        } catch {
            throw translate(error)
        }
        defer { front.stop() }
        let server = HTTPServer(address: inner, timeout: 15, logger: .disabled, handler: handler)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await server.run() }
            group.addTask { try await server.waitUntilListening(timeout: 30) }
            do {
                try await group.next()
            } catch {
                throw translate(error)
            }
            front.start()
            let bound = front.boundAddress
            let url = ListenAddress.url(for: bound, fallbackHost: options.host, fallbackPort: options.port)
            await state.listen(host: options.host, port: ListenAddress.port(of: bound) ?? UInt16(clamping: options.port))
            onListening(url)
            let hub = self.hub
            group.addTask {
                while true {
                    try await Task.sleep(for: .seconds(15))
                    await hub.heartbeat()
                }
            }
            // Listening first: a port in use is reported at once, and pages
            // of a previous build are served while the first build runs.
            await rebuild(changed: [])
            while !Task.isCancelled {
                let changed = try await watcher.nextChange(after: &snapshot)
                await rebuild(changed: changed)
            }
            await hub.finishAll()
            group.cancelAll()
        }
    }

    /// Builds, reports on the terminal, updates what pages get, and tells
    /// open pages to reload.
    func rebuild(changed: [String]) async {
        if !changed.isEmpty {
            let names = changed.prefix(3).joined(separator: ", ") + (changed.count > 3 ? " and \(changed.count - 3) more" : "")
            log("changed: \(names); rebuilding\n")
        }
        await state.beginBuild()
        let start = ContinuousClock.now
        let build = await PreviewBuild.run(options)
        if !build.terminalText.isEmpty { log(build.terminalText) }
        if build.failed {
            log("build failed; still serving the last good pages, with the errors shown over them\n")
        } else {
            let seconds = (ContinuousClock.now - start).components
            let elapsed = Double(seconds.seconds) + Double(seconds.attoseconds) / 1e18
            log("built \(build.pages) pages into \(options.outputPath)/ in \(String(format: "%.1f", elapsed)) s\n")
        }
        let generation = await state.finishBuild(overlay: build.overlay)
        await hub.publish(generation: generation)
    }

    private func translate(_ error: any Error) -> any Error {
        guard case SocketError.failed(_, let code, let message) = error else { return error }
        if code == EADDRINUSE { return PreviewError.portInUse(host: options.host, port: options.port) }
        return PreviewError.cannotListen(host: options.host, port: options.port, reason: message, errno: code)
    }
}
