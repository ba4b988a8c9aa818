import Foundation
import Synchronization

/// Where a build reports what it is doing. On a terminal a single status
/// line is redrawn in place; otherwise each finished unit gets a plain line.
public final class ProgressReporter: Sendable {
    /// What one unit of work (a model and seed of a directive) is doing.
    public struct Status: Sendable {
        public var lesson: String
        public var directive: String
        public var detail: String
        public var step: Int
        public var steps: Int
        public var loss: Double?

        public init(lesson: String, directive: String, detail: String, step: Int, steps: Int, loss: Double? = nil) {
            self.lesson = lesson
            self.directive = directive
            self.detail = detail
            self.step = step
            self.steps = steps
            self.loss = loss
        }
    }

    /// What changes as units run, behind one mutex (which also keeps lines whole).
    private struct Board {
        var active: [Int: Status] = [:]
        var nextToken = 0
        var lastDraw = Date.distantPast
        var totalUnits = 0
        var finishedUnits = 0
    }

    private let board = Mutex(Board())
    private let live: Bool
    private let quiet: Bool
    private let write: @Sendable (String) -> Void
    private let started = Date()

    /// - Parameters:
    ///   - live: redraw a status line (a terminal) rather than print lines.
    ///   - quiet: print nothing at all.
    public init(live: Bool, quiet: Bool = false, write: @escaping @Sendable (String) -> Void) {
        self.live = live
        self.quiet = quiet
        self.write = write
    }

    /// Standard error, live when it is a terminal.
    public static func standardError(quiet: Bool = false) -> ProgressReporter {
        ProgressReporter(live: isatty(STDERR_FILENO) != 0, quiet: quiet) { text in
            FileHandle.standardError.write(Data(text.utf8))
        }
    }

    /// A reporter that prints nothing (tests, `check`).
    public static let silent = ProgressReporter(live: false, quiet: true) { _ in }

    public func expect(units: Int) {
        board.withLock { $0.totalUnits += units }
    }

    public func begin(_ status: Status) -> Int {
        board.withLock { board in
            board.nextToken += 1
            board.active[board.nextToken] = status
            return board.nextToken
        }
    }

    public func update(_ token: Int, step: Int, loss: Double?) {
        board.withLock { board in
            board.active[token]?.step = step
            board.active[token]?.loss = loss
            if live, !quiet, Date().timeIntervalSince(board.lastDraw) > 0.1 { draw(&board) }
        }
    }

    public func finish(_ token: Int, summary: String) {
        board.withLock { board in
            guard let status = board.active.removeValue(forKey: token) else { return }
            board.finishedUnits += 1
            guard !quiet else { return }
            if live {
                draw(&board)
            } else {
                write("[\(board.finishedUnits)/\(max(board.totalUnits, board.finishedUnits))] \(status.lesson) \(status.directive) \(status.detail): \(summary)\n")
            }
        }
    }

    /// Clears the live line before other output.
    public func clear() {
        board.withLock { _ in
            if live, !quiet { write("\r\u{1B}[2K") }
        }
    }

    /// Redraws the status line; called with the board locked.
    private func draw(_ board: inout Board) {
        board.lastDraw = Date()
        guard let status = board.active.values.sorted(by: { $0.directive < $1.directive }).first else {
            write("\r\u{1B}[2K")
            return
        }
        var line = "[\(board.finishedUnits)/\(max(board.totalUnits, board.finishedUnits))] \(status.lesson) · \(status.directive) · \(status.detail) · step \(status.step)/\(status.steps)"
        if let loss = status.loss { line += " · loss " + Self.format(loss) }
        if let eta = eta(board) { line += " · ETA \(eta)" }
        if board.active.count > 1 { line += " (+\(board.active.count - 1) running)" }
        write("\r\u{1B}[2K" + String(line.prefix(terminalWidth())))
    }

    private func eta(_ board: Board) -> String? {
        let done = Double(board.finishedUnits) + board.active.values.reduce(0) { $0 + Double($1.step) / Double(max($1.steps, 1)) }
        guard done > 0.05, board.totalUnits > 0 else { return nil }
        let elapsed = Date().timeIntervalSince(started)
        let remaining = elapsed / done * (Double(board.totalUnits) - done)
        let seconds = Int(remaining.rounded())
        return seconds >= 60 ? "\(seconds / 60)m\(String(format: "%02d", seconds % 60))s" : "\(seconds)s"
    }

    private func terminalWidth() -> Int {
        var size = winsize()
        if ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 10 { return Int(size.ws_col) - 1 }
        return 119
    }

    static func format(_ x: Double) -> String {
        x.isFinite ? String(format: x < 0.01 ? "%.2e" : "%.4f", x) : "\(x)"
    }
}
