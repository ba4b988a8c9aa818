import ArgumentParser
import Foundation

@main
struct Lessonrun: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lessonrun",
        abstract: "Build a course site from Markdown lessons about recurrent networks.",
        discussion: """
        Lessons are Markdown files with experiment directives (```{experiment} name … ```). \
        'lessonrun lessons/' checks every lesson, runs its directives and writes the site \
        into output/. Errors are reported as path:line:col with a hint; with any error the \
        previous output/ is left as it was.
        """,
        version: Version.string,
        subcommands: [BuildCommand.self, CheckCommand.self, VerifyCommand.self, CleanCommand.self, ReferenceCommand.self, ServeCommand.self, NewCommand.self, EvalCommand.self, BenchCommand.self],
        defaultSubcommand: BuildCommand.self
    )

    /// Checks the CPU before any command (and so any engine code) runs,
    /// then parses and runs the command as ArgumentParser's `main` does.
    static func main() async {
        if let problem = CPURequirement.problem() {
            FileHandle.standardError.write(Data((problem + "\n").utf8))
            exit(withError: ExitCode.failure)
        }
        // Builds, serves and benchmarks allocate per-step buffers; keeping freed memory
        // in the heap spares them page faults (one setup for every command).
        Allocator.keepFreedMemory()
        do {
            var command = try parseAsRoot()
            if var command = command as? AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}
