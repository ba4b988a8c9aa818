import ArgumentParser
import Build
import Runner

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Re-run every directive from scratch and check the published figures.",
        discussion: """
        Executes all experiments again without the cache and compares the data of every figure and \
        table with the hashes in the site's manifest.json. Each is reported as reproduced or \
        differing, with the first differing value. Exit status 1 if anything differs.
        """
    )

    @Argument(help: "The lessons folder, or one lesson file.", completion: .directory)
    var lessons: String = "lessons"

    @Option(name: .shortAndLong, help: "The published site to check.")
    var out: String = "output"

    @OptionGroup var workerOptions: WorkerOptions

    func run() throws {
        let verification = Verification.run(lessons: lessons, output: out, jobs: workerOptions.workers,
                                            progress: .standardError(quiet: workerOptions.quiet))
        Terminal.printDiagnostics(verification.report)
        var differing = 0
        for item in verification.items {
            switch item.status {
            case .reproduced:
                Terminal.status("reproduced  \(item.label) (\(item.name)) \(item.data)")
            case .differs(let difference):
                differing += 1
                Terminal.status("DIFFERS     \(item.label) (\(item.name)) \(item.data): \(difference)")
            case .missing(let why):
                differing += 1
                Terminal.status("MISSING     \(item.label) (\(item.name)) \(item.data): \(why)")
            }
        }
        if let summary = verification.summary { Terminal.printSummary(summary, lessons: verification.lessons) }
        Terminal.status("verify: directives executed: \(verification.executed); \(verification.items.count - differing) reproduced, \(differing) differing")
        if verification.failed || differing > 0 { throw ExitCode(1) }
    }
}
