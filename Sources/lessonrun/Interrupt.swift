import Dispatch
import Foundation

/// Ctrl-C during a build: clean up, then exit with the conventional 130.
final class Interrupt {
    private let sources: [any DispatchSourceSignal]
    /// Held by a signal handler from its start until the process exits, and
    /// taken by `cancel()`: a command that fails because the handler's
    /// cleanup pulled its files away waits here instead of racing the
    /// handler to `exit` with its own status.
    private let exiting: NSLock

    private init(sources: [any DispatchSourceSignal], exiting: NSLock) {
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
        let exiting = NSLock()
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: queue)
        source.setEventHandler {
            exiting.lock()
            cleanup()
            FileHandle.standardError.write(Data(message.utf8))
            exit(status)
        }
        source.resume()
        let term = DispatchSource.makeSignalSource(signal: SIGTERM, queue: queue)
        term.setEventHandler {
            exiting.lock()
            cleanup()
            exit(status == 0 ? 0 : 143)
        }
        term.resume()
        return Interrupt(sources: [source, term], exiting: exiting)
    }

    func cancel() {
        exiting.lock()
        defer { exiting.unlock() }
        for source in sources { source.cancel() }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}
