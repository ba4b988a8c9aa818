import Foundation

/// A file-system path, taken apart into components, with the arithmetic lessonrun needs.
///
/// NSString's path methods trap on some spellings (`deletingLastPathComponent` of a
/// one-character name in swift-corelibs-foundation); this type never traps. It is lexical
/// unless a method says it touches the disk: ``resolved(from:)`` follows symbolic links, so
/// that `sub/link/..` means what the kernel means by it.
public struct LocalPath: Hashable, Sendable, CustomStringConvertible {
    /// Whether the path starts at the root (`/`).
    public let isAbsolute: Bool
    /// The components, without empty ones and `.`; `..` is kept (see ``lexicallyNormal``).
    public let components: [String]

    /// Splits `string` at `/`; `""` and `"."` are the current folder.
    public init(_ string: String) {
        isAbsolute = string.hasPrefix("/")
        components = string.split(separator: "/", omittingEmptySubsequences: true)
            .map(String.init)
            .filter { $0 != "." }
    }

    init(isAbsolute: Bool, components: [String]) {
        self.isAbsolute = isAbsolute
        self.components = components.filter { !$0.isEmpty && $0 != "." }
    }

    /// The path as text: `/` for the root, `.` for the current folder, no trailing slash.
    public var string: String {
        let joined = components.joined(separator: "/")
        if isAbsolute { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }

    public var description: String { string }

    /// The last component, or nil for `/` and `.`.
    public var lastComponent: String? { components.last }

    /// `path/name`: `name` may itself hold several components; an absolute `name` replaces the path.
    public func appending(_ name: String) -> LocalPath {
        let other = LocalPath(name)
        if other.isAbsolute { return other }
        return LocalPath(isAbsolute: isAbsolute, components: components + other.components)
    }

    /// `x/..` removed where `x` is a name; leading `..` kept for a relative path, dropped at the root.
    ///
    /// Lexical: right only when no component before a `..` is a symbolic link. Use
    /// ``resolved(from:)`` before deciding anything about a path a user gave.
    public var lexicallyNormal: LocalPath {
        var kept: [String] = []
        for component in components {
            if component == ".." {
                if let last = kept.last, last != ".." {
                    kept.removeLast()
                } else if !isAbsolute {
                    kept.append("..")
                }
            } else {
                kept.append(component)
            }
        }
        return LocalPath(isAbsolute: isAbsolute, components: kept)
    }

    /// The folder holding this path, lexically: `a` → `.`, `.` → `..`, `..` → `../..`, `/` → `/`.
    public var parent: LocalPath {
        let normal = lexicallyNormal
        if let last = normal.components.last, last != ".." {
            return LocalPath(isAbsolute: isAbsolute, components: Array(normal.components.dropLast()))
        }
        if normal.isAbsolute { return normal }
        return LocalPath(isAbsolute: false, components: normal.components + [".."])
    }

    /// Whether `self` is `other` or lies inside it, comparing components (both should be resolved).
    public func isInside(_ other: LocalPath) -> Bool {
        isAbsolute == other.isAbsolute && components.count >= other.components.count
            && Array(components.prefix(other.components.count)) == other.components
    }

    /// The components after `folder`, when `self` is inside it.
    public func relative(to folder: LocalPath) -> [String]? {
        isInside(folder) ? Array(components.dropFirst(folder.components.count)) : nil
    }

    /// The absolute path with every symbolic link followed and `.`/`..` applied as the kernel does.
    ///
    /// Components that do not exist are kept as written (after the last existing one nothing
    /// can be a link). A loop of links stops after 40 hops, like the kernel's `ELOOP`, and the
    /// rest is kept lexically.
    /// - Parameter folder: where a relative path starts; the current folder by default.
    public func resolved(from folder: String = FileManager.default.currentDirectoryPath) -> LocalPath {
        let start = isAbsolute ? self : LocalPath(folder).appending(string)
        var pending = Array(start.components.reversed())
        var done: [String] = []
        var hops = 0
        while let component = pending.popLast() {
            if component == ".." {
                if !done.isEmpty { done.removeLast() }
                continue
            }
            let candidate = "/" + (done + [component]).joined(separator: "/")
            if hops < 40, let target = Self.linkTarget(candidate) {
                hops += 1
                let link = LocalPath(target)
                if link.isAbsolute { done = [] }
                pending.append(contentsOf: link.components.reversed())
            } else {
                done.append(component)
            }
        }
        return LocalPath(isAbsolute: true, components: done)
    }

    /// The target of the symbolic link at `path`, or nil when it is not a link.
    static func linkTarget(_ path: String) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { return nil }
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        return String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
