import Foundation
import Testing
@testable import Runner

@Suite struct ResultCacheTests {
    struct Value: Codable, Equatable {
        var name: String
        var losses: [Double]
    }

    func scratch() -> String { NSTemporaryDirectory() + "cache-\(UUID().uuidString)" }

    /// A run that diverged has NaN and infinite losses: its result is stored and read back
    /// like any other (it used to fail to encode, silently, and re-ran on every build).
    @Test func nonFiniteNumbersRoundTrip() throws {
        let cache = ResultCache(folder: scratch())
        let value = Value(name: "diverged", losses: [0.5, .infinity, -.infinity, .nan])
        let key = try CacheKey(parts: ["nan"])
        try cache.write(value, key: key)
        let read = try #require(cache.read(Value.self, key: key))
        #expect(read.losses[0] == 0.5 && read.losses[1] == .infinity && read.losses[2] == -.infinity && read.losses[3].isNaN)
    }

    @Test func keysDependOnEveryPartAndItsBoundaries() throws {
        let a = try CacheKey(parts: ["ab", "c"])
        let same = try CacheKey(parts: ["ab", "c"]), moved = try CacheKey(parts: ["a", "bc"]), longer = try CacheKey(parts: ["ab", "c", ""])
        #expect(a == same && a != moved && a != longer)
        #expect(a.hex.count == 64)
        // FIPS 180-2's test vectors.
        #expect(try CacheKey.digest(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(try CacheKey.digest([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        let long = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        #expect(try CacheKey.digest(long) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func roundTrip() throws {
        let cache = ResultCache(folder: scratch())
        defer { try? cache.clear() }
        let key = try CacheKey(parts: ["x"])
        #expect(cache.read(Value.self, key: key) == nil)
        let value = Value(name: "lstm", losses: [0.25, 1e-7, 0.1 + 0.2])
        try cache.write(value, key: key)
        #expect(cache.read(Value.self, key: key) == value)
    }

    @Test func corruptOrTruncatedEntriesAreMisses() throws {
        let folder = scratch()
        let cache = ResultCache(folder: folder)
        defer { try? cache.clear() }
        let key = try CacheKey(parts: ["y"])
        try cache.write(Value(name: "gru", losses: [0.5, 0.25]), key: key)
        let file = (folder as NSString).appendingPathComponent("\(key.hex).json")
        let original = try Data(contentsOf: URL(fileURLWithPath: file))
        try original.prefix(original.count / 2).write(to: URL(fileURLWithPath: file))
        #expect(cache.read(Value.self, key: key) == nil)
        let edited = String(decoding: original, as: UTF8.self).replacingOccurrences(of: "0.25", with: "0.26")
        try Data(edited.utf8).write(to: URL(fileURLWithPath: file))
        #expect(cache.read(Value.self, key: key) == nil)
        #expect(try cache.clear() == 1)
    }

    /// "." is a lessons folder like any other (NSString's
    /// deletingLastPathComponent traps on it).
    @Test func dotIsAPath() {
        let cache = ResultCache(forLessons: ".")
        let parent = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).deletingLastPathComponent().path
        #expect(cache.folder == parent + "/.lessonrun/cache")
    }

    /// The cache of a single lesson file is the one of its folder.
    @Test func aLessonFileUsesItsFoldersCache() throws {
        let root = scratch()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/lessons", withIntermediateDirectories: true)
        try Data("# One\n".utf8).write(to: URL(fileURLWithPath: root + "/lessons/01-one.md"))
        #expect(ResultCache.folder(forLessons: root + "/lessons/01-one.md") == root + "/.lessonrun/cache")
        #expect(ResultCache.folder(forLessons: root + "/lessons") == root + "/.lessonrun/cache")
    }

    /// A second write of a key replaces the entry (one rename, no removal first).
    @Test func rewritingAnEntryReplacesIt() throws {
        let cache = ResultCache(folder: scratch())
        defer { try? cache.clear() }
        let key = try CacheKey(parts: ["z"])
        try cache.write(Value(name: "old", losses: [1]), key: key)
        try cache.write(Value(name: "new", losses: [2]), key: key)
        #expect(cache.read(Value.self, key: key) == Value(name: "new", losses: [2]))
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache.folder) == ["\(key.hex).json"])
    }
}
