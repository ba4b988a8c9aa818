import Foundation
import Testing
@testable import Preview

@Suite struct AuthoringTests {
    @Test(arguments: [
        ("lessons/09-my-topic.md", "My topic", "my-topic"),
        ("09_forget_gate.md", "Forget gate", "forget-gate"),
        ("attention.md", "Attention", "attention"),
        ("lessons/12.md", "12", "12"),
    ])
    func titleAndNamesComeFromTheFileName(file: String, title: String, slug: String) {
        let skeleton = LessonSkeleton(fileName: file)
        #expect(skeleton.title == title)
        #expect(skeleton.slug == slug)
    }

    @Test func aGivenTitleWinsAndIsQuotedForYAML() {
        let skeleton = LessonSkeleton(fileName: "lessons/09-x.md", title: "Gates: a \"soft\" if")
        #expect(skeleton.text.hasPrefix("---\ntitle: \"Gates: a \\\"soft\\\" if\"\n"))
        #expect(skeleton.text.contains("\n# Gates: a \"soft\" if\n"))
    }

    /// A quoted title's backslashes and control characters are escaped as in JSON, which YAML reads back.
    @Test func aQuotedTitleIsAJSONString() {
        #expect(LessonSkeleton(fileName: "09-x.md", title: "a: b\\c").text.hasPrefix("---\ntitle: \"a: b\\\\c\"\n"))
        #expect(LessonSkeleton(fileName: "09-x.md", title: "a\tb").text.hasPrefix("---\ntitle: \"a\\tb\"\n"))
    }

    @Test func theSkeletonUsesTheDirectiveSyntax() {
        let text = LessonSkeleton(fileName: "09-my-topic.md").text
        #expect(text.contains("```{experiment} my-topic-adding\n:task: adding(length: 20)\n:models: [lstm(hidden: 8), gru(hidden: 8)]\n:steps: 200\n"))
        #expect(text.contains("```{function-plot} my-topic-squash\n:functions: [sigmoid, tanh]\n"))
        #expect(text.contains("$h_t = \\tanh(W x_t + U h_{t-1} + b)$"))
        #expect(text.contains("## Try it"))
    }

    @Test func writesOnceAndNeverOverwrites() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("skeleton-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("lessons/09-my-topic.md").path
        let skeleton = LessonSkeleton(fileName: path)
        try skeleton.write(to: path)
        #expect(FileManager.default.contents(atPath: path) == Data(skeleton.text.utf8))
        try Data("mine".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: NewLessonError.exists(path: path)) { try skeleton.write(to: path) }
        #expect(FileManager.default.contents(atPath: path) == Data("mine".utf8))
        #expect(throws: NewLessonError.notMarkdown(path: "x.txt")) { try skeleton.write(to: "x.txt") }
    }

    @Test func snapshotsSeeEditsAndIgnoreEditorFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("snap-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("output"), withIntermediateDirectories: true)
        let lesson = folder.appendingPathComponent("01-a.md")
        try Data("one".utf8).write(to: lesson)
        let excluded = [folder.appendingPathComponent("output").path]
        let before = FolderSnapshot.take(of: folder.path, excluding: excluded)
        try Data("x".utf8).write(to: folder.appendingPathComponent(".01-a.md.swp"))
        try Data("x".utf8).write(to: folder.appendingPathComponent("01-a.md~"))
        try Data("x".utf8).write(to: folder.appendingPathComponent("output/index.html"))
        #expect(FolderSnapshot.take(of: folder.path, excluding: excluded) == before)
        try Data("two!".utf8).write(to: lesson)
        try Data("img".utf8).write(to: folder.appendingPathComponent("dot.svg"))
        #expect(FolderSnapshot.take(of: folder.path, excluding: excluded).changes(since: before) == ["01-a.md", "dot.svg"])
        // One lesson file: its folder is watched (course.yml, images).
        #expect(FolderSnapshot.take(of: lesson.path, excluding: excluded).changes(since: before) == ["01-a.md", "dot.svg"])
    }
}
