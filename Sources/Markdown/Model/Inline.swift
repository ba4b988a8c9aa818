/// Inline content of a block.
public indirect enum Inline: Hashable, Sendable {
    case text(String)
    case softBreak
    case lineBreak
    case code(String)
    case emphasis([Inline])
    case strong([Inline])
    case strikethrough([Inline])
    case link(destination: String, title: String, content: [Inline])
    case image(source: String, title: String, alt: [Inline])
    case html(String)
    case footnoteReference(label: String)
    /// `$…$` or `$$…$$`, with the TeX source untouched by Markdown.
    case math(MathSpan)
    /// A MyST-style inline role: `` {result}`…` ``.
    case role(Role)
}

/// A math span as written: the TeX between the dollars and where it starts.
public struct MathSpan: Hashable, Sendable {
    public var tex: String
    public var display: Bool
    /// The position of the first character of `tex` (after the dollars).
    public var position: SourcePosition
}

/// An inline role such as `` {numref}`forget-bias` ``.
public struct Role: Hashable, Sendable {
    public var name: String
    public var content: String
    /// The position of the opening `{`.
    public var position: SourcePosition
    /// The position of the first character of `content`.
    public var contentPosition: SourcePosition
}

extension Inline {
    /// The inline content as plain text (for titles, alt text and anchors).
    public var plainText: String {
        switch self {
        case .text(let s), .code(let s): s
        case .softBreak, .lineBreak: " "
        case .emphasis(let c), .strong(let c), .strikethrough(let c), .link(_, _, let c), .image(_, _, let c):
            c.plainText
        case .html, .footnoteReference: ""
        case .math(let m): m.tex
        case .role(let r): r.content
        }
    }
}

extension Array where Element == Inline {
    public var plainText: String { map(\.plainText).joined() }
}
