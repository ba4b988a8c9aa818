import Foundation
import Lessons

/// An exclusive `flock` on `.NAME.lock` beside an output folder, held while a command writes it.
///
/// Two builds into one folder would each remove the other's staging folder; the second now
/// waits for the first. The file stays (removing a lock file races with the next locker) and
/// holds the process id of the holder, for the message the waiting command prints.
public final class OutputLock: Sendable {
    /// Set once in `init` and closed once in `deinit`.
    private let descriptor: Int32

    /// The lock file for the output folder at `destination` (resolved, see ``AtomicOutput``).
    public static func path(for destination: LocalPath) -> LocalPath {
        destination.parent.appending(".\(destination.lastComponent ?? "output").lock")
    }

    /// Takes the lock, waiting for another holder after calling `waiting` with its process id.
    /// - Throws: ``OutputLockError`` when the lock file cannot be created.
    public init(destination: String, waiting: (_ holder: String) -> Void = { _ in }) throws(OutputLockError) {
        let lockPath = Self.path(for: AtomicOutput.resolve(destination))
        let file = lockPath.string
        do {
            try FileManager.default.createDirectory(atPath: lockPath.parent.string, withIntermediateDirectories: true)
        } catch {
            throw OutputLockError(path: file, reason: ErrorText.plain(error))
        }
        let fd = open(file, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw OutputLockError(path: file, reason: String(cString: strerror(errno))) }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            var buffer = [UInt8](repeating: 0, count: 64)
            let count = pread(fd, &buffer, buffer.count, 0)
            let holder = String(decoding: buffer.prefix(max(0, count)), as: UTF8.self)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            waiting(holder.isEmpty ? "unknown" : holder)
            while flock(fd, LOCK_EX) != 0 {
                guard errno == EINTR else {
                    let reason = String(cString: strerror(errno))
                    close(fd)
                    throw OutputLockError(path: file, reason: reason)
                }
            }
        }
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(fd, 0)
        _ = pwrite(fd, pid, pid.count, 0)
        descriptor = fd
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}

/// The lock file beside the output folder could not be opened.
public struct OutputLockError: Error, CustomStringConvertible {
    public let path: String
    public let reason: String
    public var description: String {
        "cannot lock the output folder: '\(path)': \(reason); check that the folder holding the output is writable"
    }
}
