import Foundation

/// The built site on disk, and the only files the preview server may send.
///
/// A request target is mapped to a file by its segments, each decoded once;
/// anything that could name a file outside the folder is refused before the
/// file system is touched, and what the file system returns is checked again
/// after symlinks are resolved.
public struct SiteFolder: Sendable {
    /// The folder as given on the command line (`--out`).
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// What a request target names.
    public enum Resolution: Equatable, Sendable {
        /// A regular file inside the folder: its resolved absolute path.
        case file(String)
        /// Nothing there (or the site has not been built yet).
        case notFound
        /// A target that tries to leave the folder, or cannot be decoded.
        case forbidden
    }

    /// Maps a raw, still percent-encoded request target (`/02-lstm.html?x=1`)
    /// to a file. A folder serves its `index.html`.
    public func resolve(target: String) -> Resolution {
        guard let segments = Self.segments(of: target) else { return .forbidden }
        guard let root = Self.realPath(path) else { return .notFound }
        let candidate = ([root] + segments).joined(separator: "/")
        guard let real = Self.realPath(candidate) else { return .notFound }
        guard Self.isInside(real, root: root) else { return .forbidden }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: real, isDirectory: &isFolder) else { return .notFound }
        guard isFolder.boolValue else { return .file(real) }
        guard let index = Self.realPath(real + "/index.html") else { return .notFound }
        guard Self.isInside(index, root: root) else { return .forbidden }
        var indexIsFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: index, isDirectory: &indexIsFolder), !indexIsFolder.boolValue else {
            return .notFound
        }
        return .file(index)
    }

    /// The decoded path segments of a target, or nil when the target is not
    /// an origin-form path or a segment is `..`, hides a slash, a backslash
    /// or a NUL behind percent-encoding, or is not valid UTF-8.
    static func segments(of target: String) -> [String]? {
        let path = target.prefix { $0 != "?" && $0 != "#" }
        guard path.hasPrefix("/") else { return nil }
        var segments: [String] = []
        for raw in path.split(separator: "/", omittingEmptySubsequences: true) {
            guard let decoded = String(raw).removingPercentEncoding else { return nil }
            if decoded == "." { continue }
            if decoded == ".." || decoded.contains("/") || decoded.contains("\\") || decoded.contains("\0") {
                return nil
            }
            segments.append(decoded)
        }
        return segments
    }

    /// `realpath(3)`: the absolute path with every symlink, `.` and `..`
    /// resolved, or nil if the file does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func isInside(_ path: String, root: String) -> Bool {
        path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }
}
