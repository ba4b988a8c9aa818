import Foundation
import Lessons

/// What a lessons folder looks like at one moment: for every file, its
/// modification time, size and inode. Two snapshots differ when a file was
/// saved, added, removed or replaced (editors that save by renaming change
/// the inode even when time and size look the same).
public struct FolderSnapshot: Equatable, Sendable {
    struct Stamp: Equatable, Sendable {
        var seconds: Int
        var nanoseconds: Int
        var size: Int64
        var inode: UInt64
    }

    var stamps: [String: Stamp]

    /// Files under `path`, skipping hidden files, editor backups and every
    /// path under `excluding`. For one lesson file, its whole folder: the
    /// build reads the folder's course.yml, macros and images too.
    public static func take(of path: String, excluding: [String] = []) -> FolderSnapshot {
        var stamps: [String: Stamp] = [:]
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return FolderSnapshot(stamps: [:]) }
        let root = isFolder.boolValue ? path : LocalPath(path).parent.string
        let excluded = excluding.map(absolute)
        guard let walker = FileManager.default.enumerator(atPath: root) else { return FolderSnapshot(stamps: [:]) }
        while let relative = walker.nextObject() as? String {
            let full = LocalPath(root).appending(relative).string
            let name = LocalPath(relative).lastComponent ?? relative
            if isIgnored(name) || excluded.contains(where: { isInside(absolute(full), $0) }) {
                walker.skipDescendants()
                continue
            }
            if let stamp = stamp(of: full) { stamps[relative] = stamp }
        }
        return FolderSnapshot(stamps: stamps)
    }

    /// Paths added, removed or changed since `old`, sorted.
    public func changes(since old: FolderSnapshot) -> [String] {
        let keys = Set(stamps.keys).union(old.stamps.keys)
        return keys.filter { stamps[$0] != old.stamps[$0] }.sorted()
    }

    /// Dotfiles (`.git`, `.lesson.md.swp`, staging folders) and backups
    /// (`lesson.md~`, `#lesson.md#`) are an editor's business, not the site's.
    static func isIgnored(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || (name.hasPrefix("#") && name.hasSuffix("#"))
    }

    /// The stamp of a regular file (symlinks followed), nil for folders and
    /// files that vanished while being looked at.
    static func stamp(of path: String) -> Stamp? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        return Stamp(seconds: Int(time.tv_sec), nanoseconds: Int(time.tv_nsec), size: Int64(info.st_size), inode: UInt64(info.st_ino))
    }

    static func absolute(_ path: String) -> String {
        LocalPath(FileManager.default.currentDirectoryPath).appending(path).lexicallyNormal.string
    }

    static func isInside(_ path: String, _ folder: String) -> Bool {
        path == folder || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
    }
}
