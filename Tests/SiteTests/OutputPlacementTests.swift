import Foundation
import Lessons
import Testing
@testable import Site

/// The build replaces --out as a whole: these placements would lose lessons
/// or copy the site into itself, and are refused before anything runs.
@Suite struct OutputPlacementTests {
    /// A scratch folder with `lessons/` in it, as the current folder's child.
    static func scratch() throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("placement-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/lessons", withIntermediateDirectories: true)
        try Data("# A\n".utf8).write(to: URL(fileURLWithPath: root + "/lessons/01-a.md"))
        return root
    }

    @Test func refusesTheLessonsFolderItsParentsAndItsInside() throws {
        let root = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let lessons = root + "/lessons"
        #expect(OutputPlacement.problem(lessons: lessons, output: lessons)?.contains("is the lessons folder") == true)
        #expect(OutputPlacement.problem(lessons: lessons + "/", output: root + "/lessons/./") != nil)
        #expect(OutputPlacement.problem(lessons: lessons, output: root)?.contains("holds the lessons folder") == true)
        #expect(OutputPlacement.problem(lessons: lessons, output: lessons + "/site")?.contains("inside the lessons folder") == true)
        #expect(OutputPlacement.problem(lessons: lessons + "/01-a.md", output: lessons)?.contains("is the lessons folder") == true)
        #expect(OutputPlacement.problem(lessons: lessons, output: "/")?.contains("holds") == true)
        #expect(OutputPlacement.problem(lessons: lessons, output: ".")?.contains("current folder") == true)
        #expect(OutputPlacement.problem(lessons: lessons, output: root + "/output") == nil)
    }

    @Test func aSymlinkToTheLessonsIsTheLessons() throws {
        let root = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createSymbolicLink(atPath: root + "/link", withDestinationPath: root + "/lessons")
        #expect(OutputPlacement.problem(lessons: root + "/lessons", output: root + "/link") != nil)
    }

    /// "." is a lessons folder like any other (NSString's
    /// deletingLastPathComponent traps on it).
    @Test func dotIsAPath() {
        #expect(PathText.parent(of: ".") == "..")
        #expect(PathText.parent(of: "./") == "..")
        #expect(PathText.parent(of: "lessons/a.md") == "lessons")
        #expect(PathText.parent(of: "a.md") == "")
        let cache = SiteBuild.cacheFolder(forLessons: ".")
        let parent = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).deletingLastPathComponent().path
        #expect(cache == (parent as NSString).appendingPathComponent(".lessonrun/cache"))
    }
}
