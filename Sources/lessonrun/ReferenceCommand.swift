import ArgumentParser
import Lessons

struct ReferenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reference",
        abstract: "Print the directive reference (directives, options, models, tasks) as Markdown.",
        discussion: "The same text is committed as docs/directives.md; both come from the schemas the checker uses."
    )

    func run() {
        print(Reference.markdown, terminator: "")
    }
}
