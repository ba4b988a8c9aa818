import ArgumentParser
import Foundation
import Lessons

extension EvalCommand {
    /// Refuses an `--output` that is one of the inputs: writing it would destroy the weights
    /// (or the input) before anyone noticed. Kept apart from EvalCommand.swift on purpose.
    func validate() throws {
        try Self.refuseOverwritingInputs(output: output, inputs: [("--weights", weights), ("--input", input)])
    }

    /// A usage error (exit 64) when `output` names the same file as one of `inputs`: the same
    /// path after following links, or the same file through a hard link.
    static func refuseOverwritingInputs(output: String, inputs: [(option: String, path: String)]) throws {
        for (option, path) in inputs where sameFile(output, path) {
            throw ValidationError("--output '\(output)' is the \(option) file '\(path)'; writing it would overwrite \(option). "
                + "Choose another file for --output")
        }
    }

    static func sameFile(_ first: String, _ second: String) -> Bool {
        if LocalPath(first).resolved() == LocalPath(second).resolved() { return true }
        var a = stat(), b = stat()
        guard stat(first, &a) == 0, stat(second, &b) == 0 else { return false }
        return a.st_dev == b.st_dev && a.st_ino == b.st_ino
    }
}
