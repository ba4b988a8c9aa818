import ArgumentParser
import Runner

struct CleanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clean",
        abstract: "Empty the result cache.",
        discussion: "Removes .lessonrun/cache beside the lessons folder; the next build re-runs every directive."
    )

    @Argument(help: "The lessons folder whose cache to empty.", completion: .directory)
    var lessons: String = "lessons"

    func run() throws {
        let cache = ResultCache(forLessons: lessons)
        let folder = cache.folder
        do {
            let count = try cache.clear()
            Terminal.status("removed \(count) cached result\(count == 1 ? "" : "s") from \(folder)")
        } catch {
            Terminal.error("cannot empty \(folder): \(error.localizedDescription)")
            throw ExitCode(1)
        }
    }
}
