import Foundation
import Testing
@testable import Lessons

/// The path type that replaced NSString's path methods, which trap on one-character names.
@Suite struct LocalPathTests {
    struct Case: Sendable, CustomStringConvertible {
        let path: String
        let string: String
        let parent: String
        let last: String?
        var description: String { path.debugDescription }
    }

    static let cases: [Case] = [
        Case(path: "o", string: "o", parent: ".", last: "o"),
        Case(path: "M", string: "M", parent: ".", last: "M"),
        Case(path: ".", string: ".", parent: "..", last: nil),
        Case(path: "./", string: ".", parent: "..", last: nil),
        Case(path: "", string: ".", parent: "..", last: nil),
        Case(path: "..", string: "..", parent: "../..", last: ".."),
        Case(path: "../o", string: "../o", parent: "..", last: "o"),
        Case(path: "o/", string: "o", parent: ".", last: "o"),
        Case(path: "a/b//c/", string: "a/b/c", parent: "a/b", last: "c"),
        Case(path: "a/../b", string: "a/../b", parent: ".", last: "b"),
        Case(path: "/", string: "/", parent: "/", last: nil),
        Case(path: "/o", string: "/o", parent: "/", last: "o"),
        Case(path: "/a/b/", string: "/a/b", parent: "/a", last: "b"),
        Case(path: "/..", string: "/..", parent: "/", last: ".."),
        Case(path: "lessons/01-a.md", string: "lessons/01-a.md", parent: "lessons", last: "01-a.md"),
    ]

    @Test(arguments: cases)
    func arithmetic(_ c: Case) {
        let path = LocalPath(c.path)
        #expect(path.string == c.string)
        #expect(path.parent.string == c.parent)
        #expect(path.lastComponent == c.last)
        #expect(path.appending("x").lastComponent == "x")
    }

    @Test func appendingAndNormalising() {
        #expect(LocalPath(".").appending("a.md").string == "a.md")
        #expect(LocalPath("/r").appending("/abs").string == "/abs")
        #expect(LocalPath("a").appending("b/c").string == "a/b/c")
        #expect(LocalPath("a/b/../../..").lexicallyNormal.string == "..")
        #expect(LocalPath("/a/../../b").lexicallyNormal.string == "/b")
        #expect(LocalPath("/a/b").isInside(LocalPath("/a")))
        #expect(!LocalPath("/ab").isInside(LocalPath("/a")))
        #expect(LocalPath("/a/b/c").relative(to: LocalPath("/a")) == ["b", "c"])
    }

    @Test func resolvingFollowsLinksBeforeDotDot() throws {
        let fm = FileManager.default
        let root = LocalPath(fm.temporaryDirectory.path).appending("localpath-\(UUID().uuidString)").resolved()
        defer { try? fm.removeItem(atPath: root.string) }
        try fm.createDirectory(atPath: root.appending("lessons/deep").string, withIntermediateDirectories: true)
        try fm.createDirectory(atPath: root.appending("sub").string, withIntermediateDirectories: true)
        try fm.createSymbolicLink(atPath: root.appending("sub/c2").string, withDestinationPath: "../lessons/deep")
        try fm.createSymbolicLink(atPath: root.appending("loop").string, withDestinationPath: "loop")
        #expect(root.appending("sub/c2/..").resolved() == root.appending("lessons"))
        #expect(root.appending("sub/c2/x/y").resolved() == root.appending("lessons/deep/x/y"))
        #expect(root.appending("absent/../sub").resolved() == root.appending("sub"))
        // A loop ends instead of spinning.
        #expect(root.appending("loop").resolved().isInside(root))
        #expect(LocalPath("o").resolved(from: "/tmp") == LocalPath("/tmp/o").resolved())
    }
}
