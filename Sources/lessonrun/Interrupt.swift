import Dispatch
import Foundation

/// Ctrl-C during a build: clean up, then exit with the conventional 130.
final class Interrupt {
    private let sources: [any DispatchSourceSignal]

    private init(sources: [any DispatchSourceSignal]) {
        self.sources = sources
    }

    /// Cleans up and exits on Ctrl-C (with `status`, 130 by default) or
    /// SIGTERM (143).
    static func install(status: Int32 = 130, message: String = "\ninterrupted; the previous output was left as it was\n",
                        _ cleanup: @escaping @Sendable () -> Void) -> Interrupt {
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        let queue = DispatchQueue(label: "lessonrun.interrupt")
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: queue)
        source.setEventHandler {
            cleanup()
            FileHandle.standardError.write(Data(message.utf8))
            exit(status)
        }
        source.resume()
        let term = DispatchSource.makeSignalSource(signal: SIGTERM, queue: queue)
        term.setEventHandler {
            cleanup()
            exit(status == 0 ? 0 : 143)
        }
        term.resume()
        return Interrupt(sources: [source, term])
    }

    func cancel() {
        for source in sources { source.cancel() }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}
