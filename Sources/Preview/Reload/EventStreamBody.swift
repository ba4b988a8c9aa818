import FlyingFox
import FlyingSocks

/// The body of a `text/event-stream` response: bytes of each event as it is
/// published, for as long as the page stays connected. FlyingFox sends a body
/// of unknown length chunk by chunk, so every event reaches the browser at
/// once.
struct EventStreamBody: AsyncBufferedSequence {
    typealias Element = UInt8

    let events: AsyncStream<String>

    func makeAsyncIterator() -> Iterator {
        Iterator(events: events.makeAsyncIterator())
    }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var events: AsyncStream<String>.Iterator
        var pending: ArraySlice<UInt8> = []

        mutating func next() async throws -> UInt8? {
            guard await fill() else { return nil }
            return pending.popFirst()
        }

        mutating func nextBuffer(suggested count: Int) async throws -> [UInt8]? {
            guard await fill() else { return nil }
            // A whole event at once: splitting it would only delay the end
            // of the event the browser waits for.
            defer { pending = [] }
            return Array(pending)
        }

        /// Waits for the next event when nothing is pending; false once the
        /// stream has ended (the server is stopping or the task cancelled).
        private mutating func fill() async -> Bool {
            while pending.isEmpty {
                guard let text = await events.next() else { return false }
                pending = ArraySlice(text.utf8)
            }
            return true
        }
    }
}
