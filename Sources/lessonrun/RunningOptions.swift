import ArgumentParser
import Runner

/// Options shared by the commands that execute directives.
struct RunningOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Worker threads for experiments (default: the number of cores). Results are identical for any number.")
    var jobs: Int?

    @Flag(help: "Neither read nor write the result cache (.lessonrun/cache beside the lessons folder).")
    var noCache = false

    @Flag(name: .shortAndLong, help: "Print no progress, only diagnostics and the summary.")
    var quiet = false

    var workers: Int { jobs ?? WorkerPool.coreCount }

    func validate() throws {
        if let jobs, !(1...256).contains(jobs) {
            throw ValidationError("--jobs must be between 1 and 256, got \(jobs)")
        }
    }
}
