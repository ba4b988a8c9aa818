import ArgumentParser
import Foundation
import Lessons

extension EvalCommand {
    /// Whether two paths name the same file: the same path after following links, or the
    /// same file through a hard link. `--output` may be none of the inputs, since writing it
    /// would destroy them before anyone noticed.
    static func sameFile(_ first: String, _ second: String) -> Bool {
        if LocalPath(first).resolved() == LocalPath(second).resolved() { return true }
        var a = stat(), b = stat()
        guard stat(first, &a) == 0, stat(second, &b) == 0 else { return false }
        return a.st_dev == b.st_dev && a.st_ino == b.st_ino
    }
}
