import ArgumentParser

@main
struct Lessonrun: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lessonrun",
        abstract: "Build a course site from Markdown lessons about recurrent networks.",
        subcommands: [EvalCommand.self]
    )
}
