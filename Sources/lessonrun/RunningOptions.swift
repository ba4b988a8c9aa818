import ArgumentParser
import Runner

/// Workers and progress: shared by every command that runs directives (build, serve, verify).
struct WorkerOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Worker threads for experiments (default: the number of cores). Results are identical for any number.")
    var jobs: Int?

    @Flag(name: .shortAndLong, help: "Print no progress, only diagnostics and the summary.")
    var quiet = false

    var workers: Int { jobs ?? WorkerPool.coreCount }

    func validate() throws {
        if let jobs, !(1...256).contains(jobs) {
            throw ValidationError("--jobs must be between 1 and 256, got \(jobs)")
        }
    }
}

/// Options shared by the commands that execute directives into a site.
struct RunningOptions: ParsableArguments {
    @OptionGroup var workerOptions: WorkerOptions

    @Flag(help: "Neither read nor write the result cache (.lessonrun/cache beside the lessons folder).")
    var noCache = false

    @Option(help: ArgumentHelp("Move every seed of every directive by N (a separate cache key), to check that the lessons' claims are findings and not luck of the published seeds.", valueName: "N"))
    var seedOffset: Int = 0

    var workers: Int { workerOptions.workers }
    var quiet: Bool { workerOptions.quiet }

    func validate() throws {
        if !(0...1_000_000).contains(seedOffset) {
            throw ValidationError("--seed-offset must be between 0 and 1000000, got \(seedOffset)")
        }
    }
}
