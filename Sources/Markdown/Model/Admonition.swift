/// A callout box: a MyST ```` ```{note} ```` block or a GitHub `> [!NOTE]`
/// alert. Its body is Markdown, parsed like the rest of the lesson, with
/// positions in the lesson's file.
public struct Admonition: Hashable, Sendable {
    /// The kinds both syntaxes share (MyST's `seealso` has no GitHub alert).
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case note, tip, important, warning, caution, seealso

        /// The title shown when the block gives none.
        public var title: String {
            switch self {
            case .note: "Note"
            case .tip: "Tip"
            case .important: "Important"
            case .warning: "Warning"
            case .caution: "Caution"
            case .seealso: "See also"
            }
        }

        /// The GitHub alert names (`NOTE`, …); `seealso` has none.
        public static let alertNames: [String] = allCases.filter { $0 != .seealso }.map { $0.rawValue.uppercased() }
    }

    public var kind: Kind
    /// A title given after the kind (```` ```{note} A title ````); nil for the kind's own.
    public var title: String?
    public var blocks: [Block]
    /// Where the block starts: the `{` of its info string, or the `>` of an alert.
    public var position: SourcePosition

    public init(kind: Kind, title: String?, blocks: [Block], position: SourcePosition) {
        self.kind = kind
        self.title = title
        self.blocks = blocks
        self.position = position
    }
}
