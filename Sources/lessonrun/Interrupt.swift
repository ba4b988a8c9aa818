import Dispatch
import Foundation
import Synchronization

/// Ctrl-C during a build: clean up, then exit with the conventional 130.
final class Interrupt {
    private let sources: [any DispatchSourceSignal]
    private let exiting: ExitGate

    /// Held by a signal handler from its start until the process exits, and
    /// taken by `cancel()`: a command that fails because the handler's
    /// cleanup pulled its files away waits here instead of racing the
    /// handler to `exit` with its own status.
    private final class ExitGate: Sendable {
        private let mutex = Mutex(())

        /// Cleans up and exits, holding the gate to the end.
        func exit(status: Int32, after cleanup: () -> Void) -> Never {
            mutex.withLock { _ in
                cleanup()
                Foundation.exit(status)
            }
        }

        func withLock(_ body: () -> Void) {
            mutex.withLock { _ in body() }
        }
    }

    private init(sources: [any DispatchSourceSignal], exiting: ExitGate) {
        self.sources = sources
        self.exiting = exiting
    }

    /// Cleans up and exits on Ctrl-C (with `status`, 130 by default) or
    /// SIGTERM (143).
    static func install(status: Int32 = 130, message: String = "\ninterrupted; the previous output was left as it was\n",
                        _ cleanup: @escaping @Sendable () -> Void) -> Interrupt {
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        let queue = DispatchQueue(label: "lessonrun.interrupt")
        let exiting = ExitGate()
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: queue)
        source.setEventHandler {
            exiting.exit(status: status) {
                cleanup()
                FileHandle.standardError.write(Data(message.utf8))
            }
        }
        source.resume()
        let term = DispatchSource.makeSignalSource(signal: SIGTERM, queue: queue)
        term.setEventHandler {
            exiting.exit(status: status == 0 ? 0 : 143, after: cleanup)
        }
        term.resume()
        return Interrupt(sources: [source, term], exiting: exiting)
    }

    func cancel() {
        exiting.withLock {
            for source in sources { source.cancel() }
            signal(SIGINT, SIG_DFL)
            signal(SIGTERM, SIG_DFL)
        }
    }
}
