import ArgumentParser
import Preview
import enum Lessons.CourseLoader
import struct Lessons.LocalPath

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a new lesson from a skeleton that builds as it is.",
        discussion: """
        Writes a lesson with front matter, learning goals, an equation, a function plot, an \
        experiment and exercises. The title comes from the file name (09-my-topic.md → "My topic") \
        unless --title gives one. Never overwrites a file; creates the folder if needed.
        """
    )

    @Argument(help: "The lesson file to create, e.g. lessons/09-my-topic.md.", completion: .file(extensions: ["md"]))
    var path: String

    @Option(help: "The lesson's title.")
    var title: String?

    func validate() throws {
        if let problem = LessonSkeleton.problem(path: path) { throw ValidationError("\(problem) (\(problem.hint))") }
        if let title, let problem = LessonSkeleton.problem(title: title) { throw ValidationError("--title: \(problem)") }
    }

    /// The commands of the macros file named by the course.yml beside the new lesson, if any.
    func courseMacros() -> Set<String> {
        let loaded = CourseLoader.load(path: LocalPath(path).parent.string)
        guard let macros = loaded.course?.macros else { return [] }
        return LessonSkeleton.definedCommands(in: macros.text)
    }

    func run() throws {
        let skeleton = LessonSkeleton(fileName: path, title: title, macros: courseMacros())
        do {
            try skeleton.write(to: path)
        } catch {
            Terminal.error(error.description)
            Terminal.status("hint: \(error.hint)")
            throw ExitCode(1)
        }
        Terminal.status("wrote \(path) (\"\(skeleton.title)\"); preview it with 'lessonrun serve'")
    }
}
