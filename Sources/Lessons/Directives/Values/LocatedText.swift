/// Text made of one or more pieces of source lines (an option's value and its
/// continuation lines), each character knowing where it came from.
///
/// Pieces are joined by a newline, which the value grammar treats as white space.
public struct LocatedText: Sendable {
    public private(set) var scalars: [Unicode.Scalar] = []
    /// `locations[i]` is where `scalars[i]` is; one extra entry marks the end.
    private var locations: [SourceLocation] = []

    /// Text from pieces of lines, each with the location of its first character.
    public init(pieces: [(text: Substring, start: SourceLocation)]) {
        for (index, piece) in pieces.enumerated() {
            var column = piece.start.column
            for scalar in piece.text.unicodeScalars {
                scalars.append(scalar)
                locations.append(SourceLocation(path: piece.start.path, line: piece.start.line, column: column))
                column += 1
            }
            let end = SourceLocation(path: piece.start.path, line: piece.start.line, column: column)
            // The joining newline sits just after the piece's last character.
            if index < pieces.count - 1 { scalars.append("\n") }
            locations.append(end)
        }
        if locations.isEmpty { locations = [SourceLocation(path: "", line: 1, column: 1)] }
    }

    /// One piece of text starting at `start`.
    public init(_ text: String, at start: SourceLocation) {
        self.init(pieces: [(Substring(text), start)])
    }

    public var count: Int { scalars.count }

    /// Where the character at `index` is (the end location for `index == count`).
    public func location(at index: Int) -> SourceLocation {
        locations[min(max(0, index), locations.count - 1)]
    }

    /// The range of characters `start..<end`.
    public func range(_ start: Int, _ end: Int) -> SourceRange {
        let first = location(at: start)
        // The end of the last character, not the start of the next piece's first one.
        let last = end > start ? location(at: end - 1).advanced(by: 1) : first
        return SourceRange(start: first, end: last)
    }

    /// The characters `start..<end` as a string.
    public func string(_ start: Int, _ end: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[max(0, start)..<min(end, scalars.count)])
        return String(view)
    }
}
