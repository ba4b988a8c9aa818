import ArgumentParser
import Build
import Dispatch
import Foundation
import Site

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Check the lessons and build the course site (the default command).",
        discussion: """
        Builds every lesson in LESSONS (a folder with *.md files and an optional course.yml, \
        or a single lesson file) into the output folder. The site is written to a temporary \
        folder and moved into place only when complete, so an error or Ctrl-C leaves the \
        previous site untouched.

        Exit status: 0 on success, 1 if a lesson has errors (or warnings with --strict).
        """
    )

    @Argument(help: "The lessons folder, or one lesson file.", completion: .directory)
    var lessons: String = "lessons"

    @Option(name: .shortAndLong, help: "Where to write the site.")
    var out: String = "output"

    @Flag(help: "Treat warnings (a diverged model, an undrawable figure) as errors.")
    var strict = false

    @OptionGroup var running: RunningOptions

    @Flag(name: .customLong("replace-folder-not-written-by-lessonrun"),
          help: "Let --out delete an existing folder (or file) that holds no lessonrun manifest.json.")
    var replaceForeignOutput = false

    func validate() throws {
        try OutputPlacement.validate(lessons: lessons, output: out, replaceForeign: replaceForeignOutput)
    }

    func run() throws {
        let lock = try OutputPlacement.lock(out)
        defer { withExtendedLifetime(lock) {} }
        let build = SiteBuild(lessonsPath: lessons, outputPath: out, strict: strict, jobs: running.workers,
                              useCache: !running.noCache, progress: .standardError(quiet: running.quiet),
                              seedOffset: running.seedOffset)
        let output = AtomicOutput(destination: out)
        let interrupt = Interrupt.install { output.cancel() }
        defer { interrupt.cancel() }
        let outcome = build.run()
        Terminal.printDiagnostics(outcome.report)
        if let results = outcome.results { Terminal.printSummary(results.summary, lessons: outcome.lessons) }
        if outcome.failed {
            Terminal.error("build failed; \(out)/ was left as it was")
            throw ExitCode(1)
        }
        Terminal.status("built \(outcome.pages) pages into \(out)/")
    }
}

extension OutputPlacement {
    /// A usage error (exit 64) when `output` cannot take the site built from `lessons`, or holds
    /// what lessonrun did not write (unless `replaceForeign`).
    static func validate(lessons: String, output: String, replaceForeign: Bool) throws {
        if let problem = problem(lessons: lessons, output: output) { throw ValidationError(message(problem, lessons: lessons)) }
        if !replaceForeign, let problem = foreignContent(output: output) { throw ValidationError(foreignMessage(problem, lessons: lessons)) }
    }

    /// The lock on `output`, taken for the whole command; says so when another lessonrun holds it.
    static func lock(_ output: String) throws -> OutputLock {
        do {
            return try OutputLock(destination: output) { holder in
                Terminal.status("waiting for another lessonrun (process \(holder)) that is writing \(output)/")
            }
        } catch {
            Terminal.error(error.description)
            throw ExitCode(1)
        }
    }
}
