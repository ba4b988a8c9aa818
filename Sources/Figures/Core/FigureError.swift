/// Why a figure cannot be drawn; `message` is written for the lesson author.
public struct FigureError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong and how to fix it.
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
