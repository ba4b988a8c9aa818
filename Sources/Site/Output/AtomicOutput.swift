import Foundation
import Lessons

/// Writes a site into place all at once: files go into a temporary sibling
/// folder, which replaces the output folder only when complete. An error, a
/// crash or Ctrl-C part way leaves the previous output as it was; leftovers
/// of an interrupted run are removed (or restored) by the next one.
public struct AtomicOutput: Sendable {
    public let destination: String
    private let parent: String
    private let name: String
    private let token: String

    public init(destination: String) {
        let standard = (destination as NSString).standardizingPath
        self.destination = standard
        let parent = PathText.parent(of: standard)
        self.parent = parent.isEmpty ? "." : parent
        self.name = (standard as NSString).lastPathComponent
        self.token = String(ProcessInfo.processInfo.processIdentifier)
    }

    /// The folder being written before it is moved into place.
    public var staging: String { (parent as NSString).appendingPathComponent(".\(name).tmp-\(token)") }
    private var retired: String { (parent as NSString).appendingPathComponent(".\(name).old-\(token)") }

    /// Removes what an interrupted run left behind. If a run died between
    /// moving the old output aside and moving the new one in, the old one is
    /// put back.
    public func recoverLeftovers() {
        let fm = FileManager.default
        guard let entries = try? fm.contentsOfDirectory(atPath: parent) else { return }
        for entry in entries.sorted() {
            let full = (parent as NSString).appendingPathComponent(entry)
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
                let full = (staging as NSString).appendingPathComponent(path)
                try Self.gate.perform {
                    try fm.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                    guard fm.createFile(atPath: full, contents: Data(files[path] ?? [])) else {
                        throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: full])
                    }
                }
            }
            pauseForTests()
            try Self.gate.perform { try swapIntoPlace() }
        } catch {
            // After a cancel, `cancel()` removes the folder; two removals at
            // once would trip over each other's files.
            if !(error is WriteGate.Cancelled) { try? fm.removeItem(atPath: staging) }
            throw error
        }
    }

    /// Stops every write in this process and removes this build's staging
    /// folder: for Ctrl-C. A write under way finishes first, so nothing
    /// recreates the folder afterwards; a swap under way completes.
    public func cancel() {
        Self.gate.cancel()
        try? FileManager.default.removeItem(atPath: staging)
    }

    static let gate = WriteGate()

    /// Tests interrupt a build at its most delicate moment: with
    /// `LESSONRUN_PAUSE_BEFORE_SWAP=seconds` the build waits, staging folder
    /// complete, before moving it into place.
    private func pauseForTests() {
        guard let value = ProcessInfo.processInfo.environment["LESSONRUN_PAUSE_BEFORE_SWAP"],
              let seconds = Double(value), seconds > 0 else { return }
        Thread.sleep(forTimeInterval: min(seconds, 60))
    }

    /// `rename(2)` cannot replace a non-empty folder: move the old one aside,
    /// the new one in, then delete the old.
    private func swapIntoPlace() throws {
        let fm = FileManager.default
        if fm.fileExists(atPath: destination) {
            try fm.moveItem(atPath: destination, toPath: retired)
            do {
                try fm.moveItem(atPath: staging, toPath: destination)
            } catch {
                try? fm.moveItem(atPath: retired, toPath: destination)
                throw error
            }
            try? fm.removeItem(atPath: retired)
        } else {
            try fm.moveItem(atPath: staging, toPath: destination)
        }
    }
}

/// Serialises file writes against cancellation.
final class WriteGate: @unchecked Sendable {
    private let lock = NSLock()
    private var cancelled = false

    struct Cancelled: Error {}

    func perform(_ body: () throws -> Void) throws {
        lock.lock()
        defer { lock.unlock() }
        guard !cancelled else { throw Cancelled() }
        try body()
    }

    func cancel() {
        lock.lock()
        cancelled = true
        lock.unlock()
    }
}
