import ArgumentParser
import Build

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check lessons for errors without building anything.",
        discussion: "Reports every error and warning in every file in one pass. Exit status 1 if any error."
    )

    @Argument(help: "Lesson folders or files to check.", completion: .file())
    var paths: [String] = ["lessons"]

    func run() throws {
        var failed = false
        for path in paths {
            let (_, report) = PreparedCourse.prepare(path: path)
            Terminal.printDiagnostics(report)
            if report.errorCount > 0 { failed = true }
        }
        if failed { throw ExitCode(1) }
        Terminal.status("no errors")
    }
}
