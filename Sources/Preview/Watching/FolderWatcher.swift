/// Notices edits to the lessons by comparing snapshots every `interval`:
/// portable, needs no system service, and cheap for a folder of lessons.
public struct FolderWatcher: Sendable {
    public let root: String
    public let excluding: [String]
    public let interval: Duration

    /// - Parameters:
    ///   - root: The lessons folder, or one lesson file.
    ///   - excluding: Folders never to look into (the output folder, when it
    ///     sits inside the lessons folder, would otherwise trigger itself).
    public init(root: String, excluding: [String] = [], interval: Duration = .milliseconds(300)) {
        self.root = root
        self.excluding = excluding
        self.interval = interval
    }

    /// The folder as it is now.
    public func snapshot() -> FolderSnapshot {
        FolderSnapshot.take(of: root, excluding: excluding)
    }

    /// Waits until the folder differs from `snapshot`, then until it stops
    /// changing (an editor may write a file in several steps), updates
    /// `snapshot` and returns the changed paths. Throws when cancelled.
    public func nextChange(after snapshot: inout FolderSnapshot) async throws -> [String] {
        var current = snapshot
        while current == snapshot {
            try await Task.sleep(for: interval)
            current = self.snapshot()
        }
        for _ in 0..<10 {
            try await Task.sleep(for: .milliseconds(100))
            let again = self.snapshot()
            if again == current { break }
            current = again
        }
        let changed = current.changes(since: snapshot)
        snapshot = current
        return changed
    }
}
