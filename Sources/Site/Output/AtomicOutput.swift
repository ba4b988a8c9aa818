import Foundation
import Lessons
import Synchronization

/// Writes a site into place all at once: files go into a temporary sibling
/// folder, which replaces the output folder only when complete. An error, a
/// crash or Ctrl-C part way leaves the previous output as it was; leftovers
/// of an interrupted run are removed (or restored) by the next one.
///
/// The destination is resolved (symbolic links followed) once, here, and every check and
/// rename uses that same path. Callers hold an ``OutputLock`` while writing.
public struct AtomicOutput: Sendable {
    public let destination: String
    private let parent: String
    private let name: String
    private let token: String

    public init(destination: String) {
        let resolved = Self.resolve(destination)
        self.destination = resolved.string
        self.parent = resolved.parent.string
        self.name = resolved.lastComponent ?? "output"
        self.token = String(ProcessInfo.processInfo.processIdentifier)
    }

    /// The absolute path the site goes to, links followed, as every check and rename sees it.
    public static func resolve(_ destination: String) -> LocalPath {
        LocalPath(destination).resolved()
    }

    /// The folder being written before it is moved into place.
    public var staging: String { LocalPath(parent).appending(".\(name).tmp-\(token)").string }
    private var retired: String { LocalPath(parent).appending(".\(name).old-\(token)").string }

    /// Removes what an interrupted run left behind. If a run died between
    /// moving the old output aside and moving the new one in, the old one is
    /// put back.
    public func recoverLeftovers() {
        let fm = FileManager.default
        // Tidying is best effort: a folder that cannot be listed makes the write that
        // follows fail with the reason, and what cannot be moved or removed now is tried
        // again by the next run (the new site never depends on it).
        guard let entries = try? fm.contentsOfDirectory(atPath: parent) else { return }
        for entry in entries.sorted() {
            let full = LocalPath(parent).appending(entry).string
            if entry.hasPrefix(".\(name).old-") {
                if !fm.fileExists(atPath: destination) {
                    try? fm.moveItem(atPath: full, toPath: destination)
                } else {
                    try? fm.removeItem(atPath: full)
                }
            } else if entry.hasPrefix(".\(name).tmp-") {
                try? fm.removeItem(atPath: full)
            }
        }
    }

    /// Writes every file (relative path → bytes) and swaps the result into
    /// place. Throws without touching the destination if anything fails.
    public func write(_ files: [String: [UInt8]]) throws {
        let fm = FileManager.default
        recoverLeftovers()
        try Self.gate.perform { try fm.createDirectory(atPath: staging, withIntermediateDirectories: true) }
        do {
            for path in files.keys.sorted() {
                let full = LocalPath(staging).appending(path)
                try Self.gate.perform {
                    try fm.createDirectory(atPath: full.parent.string, withIntermediateDirectories: true)
                    guard fm.createFile(atPath: full.string, contents: Data(files[path] ?? [])) else {
                        throw OutputWriteError(path: full.string, reason: String(cString: strerror(errno)))
                    }
                }
            }
            pauseForTests()
            try Self.gate.perform { try swapIntoPlace() }
        } catch {
            // After a cancel, `cancel()` removes the folder; two removals at
            // once would trip over each other's files. The write's own error is the one to
            // report; a staging folder left behind is removed by the next run.
            if !(error is WriteGate.Cancelled) { try? fm.removeItem(atPath: staging) }
            throw error
        }
    }

    /// Stops every write in this process and removes this build's staging
    /// folder: for Ctrl-C. A write under way finishes first, so nothing
    /// recreates the folder afterwards; a swap under way completes.
    public func cancel() {
        Self.gate.cancel()
        // On the way out after Ctrl-C there is no one to tell; the next run removes what is left.
        try? FileManager.default.removeItem(atPath: staging)
    }

    static let gate = WriteGate()

    /// Tests interrupt a build at its most delicate moment: with
    /// `LESSONRUN_PAUSE_BEFORE_SWAP=seconds` the build waits, staging folder
    /// complete, before moving it into place.
    /// `LESSONRUN_PAUSE_BETWEEN_RENAMES` does the same between the two renames of a swap
    /// without `RENAME_EXCHANGE`, the one moment when no site is in place.
    private func pauseForTests(_ variable: String = "LESSONRUN_PAUSE_BEFORE_SWAP") {
        guard let value = ProcessInfo.processInfo.environment[variable],
              let seconds = Double(value), seconds > 0 else { return }
        Thread.sleep(forTimeInterval: min(seconds, 60))
    }

    /// Swaps the staging folder with the old site in one step (`renameat2` with
    /// `RENAME_EXCHANGE`), so a kill at any moment leaves a whole site in place, then
    /// deletes the old one. Where the kernel or file system cannot exchange,
    /// `rename(2)` cannot replace a non-empty folder: move the old one aside,
    /// the new one in, then delete the old (a leftover is restored by the next run).
    private func swapIntoPlace() throws {
        let fm = FileManager.default
        if fm.fileExists(atPath: destination) {
            if FolderExchange.exchange(staging, destination) {
                // The new site is in place; the old one, now under the staging name, is a
                // leftover the next run removes if this fails.
                try? fm.removeItem(atPath: staging)
                return
            }
            try fm.moveItem(atPath: destination, toPath: retired)
            pauseForTests("LESSONRUN_PAUSE_BETWEEN_RENAMES")
            do {
                try fm.moveItem(atPath: staging, toPath: destination)
            } catch {
                // The move's error is the one to report; an old site this cannot put back is
                // put back by the next run (`recoverLeftovers`).
                try? fm.moveItem(atPath: retired, toPath: destination)
                throw error
            }
            // The new site is in place; an old one left aside is removed by the next run.
            try? fm.removeItem(atPath: retired)
        } else {
            try fm.moveItem(atPath: staging, toPath: destination)
        }
    }
}

/// Serialises file writes against cancellation.
final class WriteGate: Sendable {
    private let cancelled = Mutex(false)

    struct Cancelled: Error {}

    /// Runs `body` unless cancelled; a cancel waits for a `body` under way.
    func perform(_ body: () throws -> Void) throws {
        try cancelled.withLock { cancelled throws in
            guard !cancelled else { throw Cancelled() }
            try body()
        }
    }

    func cancel() {
        cancelled.withLock { $0 = true }
    }
}

/// A file of the site could not be written; says which and why, without an NSError domain.
struct OutputWriteError: Error, LocalizedError {
    let path: String
    let reason: String
    var errorDescription: String? { "cannot write '\(path)': \(reason)" }
}

/// `renameat2(RENAME_EXCHANGE)`, looked up at run time: Linux 3.15+ with glibc 2.28+ on file
/// systems that support it. Absent elsewhere, and then callers fall back to two renames.
enum FolderExchange {
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    private static let exchangeFlag: UInt32 = 1 << 1
    private static let atCurrentFolder: Int32 = -100

    private static let function: RenameAt2? = {
        #if os(Linux)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
        #else
        return nil
        #endif
    }()

    /// Whether the kernel is there to swap: `LESSONRUN_NO_RENAME_EXCHANGE=1` turns it off for tests.
    static var isAvailable: Bool {
        function != nil && ProcessInfo.processInfo.environment["LESSONRUN_NO_RENAME_EXCHANGE"] == nil
    }

    /// Exchanges the two paths atomically; false when this system cannot (nothing moved then).
    static func exchange(_ first: String, _ second: String) -> Bool {
        guard isAvailable, let function else { return false }
        return function(atCurrentFolder, first, atCurrentFolder, second, exchangeFlag) == 0
    }
}
