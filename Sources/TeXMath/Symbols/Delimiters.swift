/// Delimiters allowed after `\left`, `\right`, `\big` and their kin.
enum Delimiters {
    /// Characters that are delimiters by themselves.
    static let characters: [Unicode.Scalar: String] = [
        "(": "(", ")": ")", "[": "[", "]": "]", "|": "|", "/": "/", "<": "\u{27E8}", ">": "\u{27E9}",
    ]

    /// Commands that name a delimiter.
    static let commands: [String: String] = [
        "{": "{", "}": "}", "lbrace": "{", "rbrace": "}", "lbrack": "[", "rbrack": "]",
        "|": "\u{2016}", "Vert": "\u{2016}", "lVert": "\u{2016}", "rVert": "\u{2016}",
        "vert": "|", "lvert": "|", "rvert": "|", "langle": "\u{27E8}", "rangle": "\u{27E9}",
        "lfloor": "\u{230A}", "rfloor": "\u{230B}", "lceil": "\u{2308}", "rceil": "\u{2309}",
        "backslash": "\\", "uparrow": "\u{2191}", "downarrow": "\u{2193}", "updownarrow": "\u{2195}",
        "Uparrow": "\u{21D1}", "Downarrow": "\u{21D3}", "lgroup": "\u{27EE}", "rgroup": "\u{27EF}",
    ]

    /// Characters the operator dictionary makes stretchy, which TeX never stretches unless asked.
    static let stretchyByDefault: Set<String> = [
        "(", ")", "[", "]", "{", "}", "|", "\u{2016}", "/", "\\", "\u{27E8}", "\u{27E9}",
        "\u{230A}", "\u{230B}", "\u{2308}", "\u{2309}", "\u{2191}", "\u{2193}", "\u{2195}",
        "\u{21D1}", "\u{21D3}", "\u{27EE}", "\u{27EF}",
    ]

    /// Delimiters TeX spaces as ordinary symbols, where the operator dictionary would add space.
    static let unspaced: Set<String> = ["|", "\u{2016}", "/", "\\"]

    /// A delimiter written without `\left`, `\right` or `\big`: it keeps its size, as in TeX.
    static func plainAttributes(_ symbol: String) -> OperatorAttributes {
        var attributes = OperatorAttributes.plain
        if stretchyByDefault.contains(symbol) { attributes.stretchy = false }
        if unspaced.contains(symbol) { attributes.spacing = "0em" }
        return attributes
    }

    /// `\big` and friends, with their heights in em (those of TeX's Computer Modern sizes).
    static let sizes: [String: String] = {
        var table: [String: String] = [:]
        for (base, size) in [("big", "1.2em"), ("Big", "1.623em"), ("bigg", "2.047em"), ("Bigg", "2.470em")] {
            for suffix in ["", "l", "r", "m"] { table[base + suffix] = size }
        }
        return table
    }()

    /// The delimiter named by `token`, `""` for the empty delimiter `.`, or nil.
    static func delimiter(for kind: TokenKind) -> String? {
        switch kind {
        case .character("."): return ""
        case .character(let scalar): return characters[scalar]
        case .command(let name): return commands[name]
        default: return nil
        }
    }
}

/// Accents and over/under decorations: `\hat{x}`, `\overline{xy}`, `\underbrace{…}`.
enum Accents {
    struct Accent {
        var symbol: String
        /// Whether the mark grows to the width of its base.
        var stretchy: Bool
        var below = false
        /// Whether the mark is an accent (full size, close) rather than a script (smaller).
        var isAccent = true
    }

    /// Rules above or below, drawn as CSS borders: Latin Modern Math has no stretchy overline glyph.
    static let rules: [String: String] = [
        "overline": "border-top:0.065em solid;padding-top:0.1em",
        "underline": "border-bottom:0.065em solid;padding-bottom:0.1em",
    ]

    static let table: [String: Accent] = [
        "hat": Accent(symbol: "\u{2C6}", stretchy: false), "widehat": Accent(symbol: "\u{302}", stretchy: true),
        "tilde": Accent(symbol: "\u{2DC}", stretchy: false), "widetilde": Accent(symbol: "\u{2DC}", stretchy: true),
        "bar": Accent(symbol: "\u{AF}", stretchy: false),
        "vec": Accent(symbol: "\u{20D7}", stretchy: true), "dot": Accent(symbol: "\u{2D9}", stretchy: false),
        "ddot": Accent(symbol: "\u{A8}", stretchy: false), "check": Accent(symbol: "\u{2C7}", stretchy: false),
        "breve": Accent(symbol: "\u{2D8}", stretchy: false), "acute": Accent(symbol: "\u{B4}", stretchy: false),
        "grave": Accent(symbol: "`", stretchy: false), "mathring": Accent(symbol: "\u{2DA}", stretchy: false),
        "overrightarrow": Accent(symbol: "\u{2192}", stretchy: true),
        "overleftarrow": Accent(symbol: "\u{2190}", stretchy: true),
        "overbrace": Accent(symbol: "\u{23DE}", stretchy: true),
        "underbrace": Accent(symbol: "\u{23DF}", stretchy: true, below: true),
    ]
}
