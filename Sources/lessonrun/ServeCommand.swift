import ArgumentParser
import Foundation
import Preview
import Site

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the site, serve it locally and rebuild it when a lesson changes.",
        discussion: """
        Builds LESSONS into the output folder (atomically, as 'build' does), serves it at \
        http://127.0.0.1:8000/ and watches the lessons: on every save the site is rebuilt and open \
        pages reload. A build error is printed here and shown over the page in the browser, while \
        the last good pages stay served. The reload script is added to pages only as they are \
        served; the output folder stays as 'build' writes it.

        Stop with Ctrl-C. Exit status 1 if the server cannot start (e.g. the port is in use).
        """
    )

    @Argument(help: "The lessons folder, or one lesson file.", completion: .directory)
    var lessons: String = "lessons"

    @Option(name: .shortAndLong, help: "The port to listen on (0 picks a free one).")
    var port: Int = 8000

    @Option(help: "The address to listen on; the default serves this machine only.")
    var host: String = "127.0.0.1"

    @Option(name: .shortAndLong, help: "Where to write the site.")
    var out: String = "output"

    @OptionGroup var workerOptions: WorkerOptions

    @Flag(name: .customLong("replace-folder-not-written-by-lessonrun"),
          help: "Let --out delete an existing folder (or file) that holds no lessonrun manifest.json.")
    var replaceForeignOutput = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535, got \(port)") }
        try OutputPlacement.validate(lessons: lessons, output: out, replaceForeign: replaceForeignOutput)
    }

    func run() async throws {
        let lock = try OutputPlacement.lock(out)
        defer { withExtendedLifetime(lock) {} }
        let out = out
        let interrupt = Interrupt.install(status: 0, message: "\nstopped\n") {
            // Stop a build's writes, then tidy what it left: its staging
            // folder, or the old site set aside.
            let output = AtomicOutput(destination: out)
            output.cancel()
            output.recoverLeftovers()
        }
        defer { interrupt.cancel() }
        let options = PreviewOptions(lessonsPath: lessons, outputPath: out, host: host, port: port, jobs: workerOptions.workers,
                                     progress: .standardError(quiet: workerOptions.quiet))
        let server = PreviewServer(options: options) { Terminal.write($0) }
        let lessons = lessons
        do {
            try await server.run { url in
                Terminal.status("serving \(url) — watching \(lessons) for changes (Ctrl-C to stop)")
            }
        } catch let error as PreviewError {
            Terminal.error(error.description)
            Terminal.status("hint: \(error.hint)")
            throw ExitCode(1)
        }
    }
}
