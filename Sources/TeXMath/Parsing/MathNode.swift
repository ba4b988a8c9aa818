/// A formula as a tree of presentation nodes, one case per MathML Core element.
indirect enum MathNode: Sendable, Equatable {
    /// `<mi>`; `normal` asks for upright rendering of a single letter.
    case identifier(String, normal: Bool)
    /// `<mn>`.
    case number(String)
    /// `<mo>` with the attributes Core needs.
    case op(String, OperatorAttributes)
    /// `<mtext>`.
    case text(String, TextStyle)
    /// `<mspace>` of a width in em; negative widths become a negative margin.
    case space(Double)
    /// `<mrow>`.
    case row([MathNode])
    /// `<mphantom>`: takes the content's room, draws nothing.
    case phantom(MathNode)
    /// `<mrow style="…">`: rules drawn with CSS borders (`\overline`), which fonts cannot stretch reliably.
    case decorated(MathNode, css: String)
    /// `<msub>`/`<msup>`/`<msubsup>`, or `<munder>`/`<mover>`/`<munderover>` when `limits`.
    case scripts(base: MathNode, sub: MathNode?, sup: MathNode?, limits: Bool)
    /// `<mfrac>`; `lineThickness` 0 for binomials.
    case fraction(MathNode, MathNode, lineThickness: String?)
    case squareRoot(MathNode)
    case root(MathNode, index: MathNode)
    /// `<mover>`; `accent` keeps the top at full size close to the base.
    case over(MathNode, MathNode, accent: Bool)
    case under(MathNode, MathNode, accent: Bool)
    case table(MathTable)
    /// `<mstyle>` switching display style (`\displaystyle`, `\textstyle`, …).
    case style(MathNode, displayStyle: Bool, scriptLevel: Int?)
}

/// The `<mo>` attributes the converter sets; nil means the operator dictionary's default.
struct OperatorAttributes: Sendable, Equatable {
    var stretchy: Bool?
    var fence = false
    var form: String?
    /// `minsize` and `maxsize`, for `\big` and friends.
    var size: String?
    var spacing: String?

    static let plain = OperatorAttributes()
    static let nonStretchy = OperatorAttributes(stretchy: false)
}

/// How `\text`-like content is drawn.
struct TextStyle: Sendable, Equatable {
    var bold = false
    var italic = false
    var monospace = false
    static let plain = TextStyle()
}

/// An `array`, matrix, `aligned` or `cases` body.
struct MathTable: Sendable, Equatable {
    var rows: [[MathNode]]
    var columns: [ColumnSpec]
    /// What columns past the end of `columns` look like.
    var extraColumns: ExtraColumns
    var displayStyle: Bool

    enum ExtraColumns: Sendable, Equatable {
        case repeatLast
        /// `aligned`: right, left, right, left, …
        case alternateRightLeft
    }

    func column(_ index: Int) -> ColumnSpec {
        if index < columns.count { return columns[index] }
        switch extraColumns {
        case .repeatLast: return columns.last ?? ColumnSpec(alignment: .center)
        case .alternateRightLeft: return ColumnSpec.alignedPair[index % 2]
        }
    }
}

/// One column's alignment and padding.
struct ColumnSpec: Sendable, Equatable {
    enum Alignment: Sendable, Equatable { case left, center, right }
    var alignment: Alignment
    var padLeft = true
    var padRight = true

    /// `aligned` columns touch: `a &= b` reads as one expression.
    static let alignedPair = [
        ColumnSpec(alignment: .right, padLeft: true, padRight: false),
        ColumnSpec(alignment: .left, padLeft: false, padRight: true),
    ]
}
