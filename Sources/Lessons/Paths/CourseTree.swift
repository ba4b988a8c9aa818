import Foundation

/// The lessons folder's tree, and the one rule for every file a course reads or publishes:
/// after following links, the file must lie inside the lessons folder.
public struct CourseTree: Sendable {
    /// The lessons folder, resolved.
    public let root: LocalPath

    public init(root: String) {
        self.root = LocalPath(root).resolved()
    }

    /// Why a file cannot be used.
    public enum Refusal: Error, Equatable, CustomStringConvertible {
        /// The path, or a link on the way, leads outside the lessons folder.
        case outside(resolved: String)
        case unreadable(reason: String)

        public var description: String {
            switch self {
            case .outside(let resolved): "it leads outside the lessons folder (to '\(resolved)')"
            case .unreadable(let reason): "it cannot be read (\(reason))"
            }
        }
    }

    /// The resolved path of `relative` (relative to the lessons folder), when it stays inside.
    public func resolve(_ relative: String) -> Result<LocalPath, Refusal> {
        let resolved = root.appending(relative).resolved()
        guard resolved.isInside(root), resolved != root else { return .failure(.outside(resolved: resolved.string)) }
        return .success(resolved)
    }

    /// Whether `relative` is inside the lessons folder and can be opened for reading, without
    /// reading it (check time; the build reads it with ``read(_:)``).
    public func checkReadable(_ relative: String) -> Refusal? {
        switch resolve(relative) {
        case .failure(let refusal): return refusal
        case .success(let path):
            let fd = open(path.string, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { return .unreadable(reason: String(cString: strerror(errno)).lowercased()) }
            close(fd)
            return nil
        }
    }

    /// The bytes of `relative`, read only from inside the lessons folder.
    public func read(_ relative: String) -> Result<[UInt8], Refusal> {
        resolve(relative).flatMap { path in
            guard let data = FileManager.default.contents(atPath: path.string) else {
                let reason = access(path.string, F_OK) != 0 ? "no such file" : "permission denied or not a file"
                return .failure(.unreadable(reason: reason))
            }
            return .success(Array(data))
        }
    }
}
