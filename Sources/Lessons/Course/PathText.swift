import Foundation

/// Path arithmetic that is safe on every spelling a user can type.
public enum PathText {
    /// The folder holding `path`: "" for a bare name, as NSString does, and
    /// ".." for "." (which NSString's `deletingLastPathComponent` traps on
    /// in swift-corelibs-foundation).
    public static func parent(of path: String) -> String {
        let standard = (path as NSString).standardizingPath
        if standard == "." { return ".." }
        return (path as NSString).deletingLastPathComponent
    }

    /// `path` as absolute components, "." and ".." and symlinks resolved.
    public static func absoluteComponents(_ path: String, from folder: String = FileManager.default.currentDirectoryPath) -> [String] {
        URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: folder, isDirectory: true))
            .standardizedFileURL.resolvingSymlinksInPath().pathComponents
    }
}
