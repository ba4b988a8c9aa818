/// One `\newcommand` definition: its parameter count and body as tokens.
struct Macro: Sendable, Equatable {
    var parameterCount: Int
    /// The default for an optional first argument, `\newcommand{\f}[2][x]{…}`.
    var defaultArgument: [TokenKind]?
    var body: [TokenKind]
}
