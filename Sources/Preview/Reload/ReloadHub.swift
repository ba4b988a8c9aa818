import Foundation

/// Tells every open page when a build finishes, over server-sent events.
///
/// Each event carries the build's generation number; a page knows the
/// generation it was served from and reloads when they differ, so a page
/// that connects just after a rebuild still catches up.
public actor ReloadHub {
    private var subscribers: [UUID: AsyncStream<String>.Continuation] = [:]

    public init() {}

    /// How many pages are listening (for tests and the terminal).
    public var listenerCount: Int { subscribers.count }

    /// A stream of event texts for one connection, starting with a `hello`
    /// that names the current generation.
    public func subscribe(generation: Int) -> AsyncStream<String> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(16))
        continuation.onTermination = { _ in
            Task { await self.remove(id) }
        }
        // `retry` asks the browser to reconnect quickly after a restart.
        continuation.yield("retry: 1000\nevent: hello\ndata: \(generation)\n\n")
        subscribers[id] = continuation
        return stream
    }

    /// Sends `reload` with the new generation to every page.
    public func publish(generation: Int) {
        broadcast("event: reload\ndata: \(generation)\n\n")
    }

    /// A comment line that keeps idle connections open through proxies and
    /// lets a write to a closed tab fail, so its connection is dropped.
    public func heartbeat() {
        broadcast(": keep-alive\n\n")
    }

    /// Ends every stream (when the server stops).
    public func finishAll() {
        for continuation in subscribers.values { continuation.finish() }
        subscribers.removeAll()
    }

    private func broadcast(_ text: String) {
        for continuation in subscribers.values { continuation.yield(text) }
    }

    private func remove(_ id: UUID) {
        subscribers[id] = nil
    }
}
