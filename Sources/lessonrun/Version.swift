/// The tool's version, printed by `lessonrun --version`.
enum Version {
    static let string = "0.1.0"
}
