import Runner

/// How `lessonrun serve` was asked to run.
public struct PreviewOptions: Sendable {
    /// The lessons folder, or one lesson file.
    public var lessonsPath: String
    /// Where the site is built (atomically, as by `lessonrun build`) and served from.
    public var outputPath: String
    /// The address to listen on; loopback unless the author says otherwise.
    public var host: String
    /// The port; 0 lets the system pick a free one.
    public var port: Int
    /// How often the lessons are looked at for changes.
    public var pollInterval: Duration
    /// Worker threads for each build's experiments (`--jobs`).
    public var jobs: Int
    /// Where each build reports its runs.
    public var progress: ProgressReporter

    public init(lessonsPath: String, outputPath: String, host: String = "127.0.0.1", port: Int = 8000,
                pollInterval: Duration = .milliseconds(300), jobs: Int = WorkerPool.coreCount, progress: ProgressReporter = .silent) {
        self.lessonsPath = lessonsPath
        self.outputPath = outputPath
        self.host = host
        self.port = port
        self.pollInterval = pollInterval
        self.jobs = jobs
        self.progress = progress
    }
}
