import Markdown

/// A directive's caption is Markdown of its own; these map its positions
/// back into the lesson.
public enum CaptionText {
    /// A position in the caption's own text as a position in the lesson.
    public static func place(_ position: SourcePosition, in caption: Caption) -> SourcePosition {
        guard position.line >= 1, position.line <= caption.lines.count else { return position }
        let line = caption.lines[position.line - 1].location
        return SourcePosition(line: line.line, column: line.column + position.column - 1)
    }
}
