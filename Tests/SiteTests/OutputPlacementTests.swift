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

    /// `--out sub/c2/..` where `sub/c2` links to the lessons folder is the lessons folder's
    /// parent to the kernel, not `sub`: resolved before the check, it is refused.
    @Test func dotDotAfterALinkIsWhatTheKernelSays() throws {
        let root = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/sub", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: root + "/sub/c2", withDestinationPath: root + "/lessons")
        let problem = OutputPlacement.problem(lessons: root + "/lessons", output: root + "/sub/c2/..")
        #expect(problem?.contains("holds the lessons folder") == true)
        #expect(AtomicOutput(destination: root + "/sub/c2/..").destination == LocalPath(root).resolved().string)
    }

    /// Only an absent or empty folder, or one holding lessonrun's manifest, is lessonrun's to replace.
    @Test func foreignFoldersAndFilesAreNotReplaced() throws {
        let root = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let fm = FileManager.default
        #expect(OutputPlacement.foreignContent(output: root + "/absent") == nil)
        try fm.createDirectory(atPath: root + "/empty", withIntermediateDirectories: true)
        #expect(OutputPlacement.foreignContent(output: root + "/empty") == nil)
        try Data("notes".utf8).write(to: URL(fileURLWithPath: root + "/notes.txt"))
        #expect(OutputPlacement.foreignContent(output: root + "/notes.txt")?.contains("is a file") == true)
        try fm.createDirectory(atPath: root + "/important", withIntermediateDirectories: true)
        try Data("x".utf8).write(to: URL(fileURLWithPath: root + "/important/thesis.tex"))
        #expect(OutputPlacement.foreignContent(output: root + "/important")?.contains("did not write it") == true)
        // A web app's manifest.json is not lessonrun's.
        try Data(#"{"name": "app"}"#.utf8).write(to: URL(fileURLWithPath: root + "/important/manifest.json"))
        #expect(OutputPlacement.foreignContent(output: root + "/important") != nil)
        try Data(#"{"entries": []}"#.utf8).write(to: URL(fileURLWithPath: root + "/important/manifest.json"))
        #expect(OutputPlacement.foreignContent(output: root + "/important") == nil)
        // Through a link, the folder it points to is what counts.
        try fm.createSymbolicLink(atPath: root + "/link", withDestinationPath: root + "/lessons")
        #expect(OutputPlacement.foreignContent(output: root + "/link") != nil)
    }
}
