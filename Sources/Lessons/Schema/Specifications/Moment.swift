public enum Moment: String, Hashable, Sendable, CaseIterable {
    case `init`, trained
}
