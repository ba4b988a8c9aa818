/// One TeX token, without its position (macro bodies store these).
enum TokenKind: Sendable, Equatable, Hashable {
    /// `\name` or a one-character control symbol such as `\,` or `\\`.
    case command(String)
    /// Any other character: letters, digits, punctuation, operators.
    case character(Unicode.Scalar)
    case beginGroup
    case endGroup
    case superscriptMark
    case subscriptMark
    case alignment
    /// `#1` … `#9` inside a macro body.
    case parameter(Int)
    /// A run of white space (kept because `\text{…}` shows it).
    case space
    /// `~`, an unbreakable space.
    case tie
    /// `'`, a prime.
    case prime
}

/// A token with the place in the formula it came from.
struct Token: Sendable, Equatable {
    var kind: TokenKind
    /// Scalar offset in the formula; tokens made by a macro carry the macro call's offset.
    var offset: Int
    /// Scalars the token spans in the formula (the whole call for macro-made tokens).
    var length: Int
    /// How many macro expansions produced this token (0 for the formula's own text).
    var depth: Int = 0
}

extension TokenKind {
    /// The token written back as TeX, for messages.
    var texSpelling: String {
        switch self {
        case .command(let name): return "\\" + name
        case .character(let scalar): return String(Character(scalar))
        case .beginGroup: return "{"
        case .endGroup: return "}"
        case .superscriptMark: return "^"
        case .subscriptMark: return "_"
        case .alignment: return "&"
        case .parameter(let number): return "#\(number)"
        case .space: return " "
        case .tie: return "~"
        case .prime: return "'"
        }
    }
}
