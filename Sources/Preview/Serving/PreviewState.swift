/// What the server knows about the builds: which one pages come from, and
/// whether the latest failed (then its overlay is shown on every page).
public actor PreviewState {
    /// Counts finished builds, failed ones included; pages carry it so they
    /// know when they are stale.
    public private(set) var generation = 0
    /// The overlay of the latest build, nil when it succeeded.
    public private(set) var overlay: String?
    /// True while a build runs (its output may be moving into place).
    public private(set) var isBuilding = false

    /// Which `Host` headers are answered; nil until the server listens.
    private(set) var hostCheck: HostCheck?

    public init() {}

    func listen(host: String, port: UInt16) {
        hostCheck = HostCheck(listeningHost: host, port: port)
    }

    func beginBuild() {
        isBuilding = true
    }

    /// Records a finished build and returns its generation.
    func finishBuild(overlay: String?) -> Int {
        isBuilding = false
        self.overlay = overlay
        generation += 1
        return generation
    }
}
