/// Commands that stand for one symbol: operators, relations, arrows, ordinary symbols.
enum Symbols {
    /// Commands drawn as `<mo>`; the operator dictionary gives their spacing.
    static let operators: [String: String] = [
        // binary operators
        "pm": "\u{B1}", "mp": "\u{2213}", "times": "\u{D7}", "div": "\u{F7}", "cdot": "\u{22C5}",
        "ast": "\u{2217}", "star": "\u{22C6}", "circ": "\u{2218}", "bullet": "\u{2219}",
        "otimes": "\u{2297}", "oplus": "\u{2295}", "ominus": "\u{2296}", "odot": "\u{2299}",
        "oslash": "\u{2298}", "cap": "\u{2229}", "cup": "\u{222A}", "setminus": "\u{2216}",
        "wedge": "\u{2227}", "land": "\u{2227}", "vee": "\u{2228}", "lor": "\u{2228}",
        "sqcup": "\u{2294}", "sqcap": "\u{2293}", "uplus": "\u{228E}", "dagger": "\u{2020}",
        "ddagger": "\u{2021}", "amalg": "\u{2A3F}", "wr": "\u{2240}", "diamond": "\u{22C4}",
        // relations
        "le": "\u{2264}", "leq": "\u{2264}", "ge": "\u{2265}", "geq": "\u{2265}", "ne": "\u{2260}",
        "neq": "\u{2260}", "lt": "<", "gt": ">", "leqslant": "\u{2A7D}", "geqslant": "\u{2A7E}",
        "approx": "\u{2248}", "sim": "\u{223C}", "simeq": "\u{2243}", "cong": "\u{2245}",
        "equiv": "\u{2261}", "propto": "\u{221D}", "doteq": "\u{2250}", "triangleq": "\u{225C}",
        "coloneqq": "\u{2254}", "in": "\u{2208}", "notin": "\u{2209}", "ni": "\u{220B}",
        "subset": "\u{2282}", "supset": "\u{2283}", "subseteq": "\u{2286}", "supseteq": "\u{2287}",
        "ll": "\u{226A}", "gg": "\u{226B}", "prec": "\u{227A}", "succ": "\u{227B}",
        "preceq": "\u{2AAF}", "succeq": "\u{2AB0}", "perp": "\u{22A5}", "parallel": "\u{2225}",
        "mid": "\u{2223}", "models": "\u{22A8}", "vdash": "\u{22A2}", "dashv": "\u{22A3}",
        "asymp": "\u{224D}", "lesssim": "\u{2272}", "gtrsim": "\u{2273}",
        // arrows
        "to": "\u{2192}", "rightarrow": "\u{2192}", "leftarrow": "\u{2190}", "gets": "\u{2190}",
        "leftrightarrow": "\u{2194}", "Rightarrow": "\u{21D2}", "Leftarrow": "\u{21D0}",
        "Leftrightarrow": "\u{21D4}", "implies": "\u{27F9}", "impliedby": "\u{27F8}", "iff": "\u{27FA}",
        "mapsto": "\u{21A6}", "longmapsto": "\u{27FC}", "longrightarrow": "\u{27F6}",
        "longleftarrow": "\u{27F5}", "longleftrightarrow": "\u{27F7}", "Longrightarrow": "\u{27F9}",
        "Longleftarrow": "\u{27F8}", "Longleftrightarrow": "\u{27FA}", "uparrow": "\u{2191}",
        "downarrow": "\u{2193}", "updownarrow": "\u{2195}", "Uparrow": "\u{21D1}",
        "Downarrow": "\u{21D3}", "nearrow": "\u{2197}", "searrow": "\u{2198}", "nwarrow": "\u{2196}",
        "swarrow": "\u{2199}", "hookrightarrow": "\u{21AA}", "hookleftarrow": "\u{21A9}",
        "rightleftharpoons": "\u{21CC}", "leftharpoonup": "\u{21BC}", "rightharpoonup": "\u{21C0}",
        // punctuation and logic
        "colon": ":", "ldots": "\u{2026}", "dots": "\u{2026}", "dotsc": "\u{2026}", "dotsb": "\u{22EF}",
        "cdots": "\u{22EF}", "vdots": "\u{22EE}", "ddots": "\u{22F1}", "forall": "\u{2200}",
        "exists": "\u{2203}", "nexists": "\u{2204}", "neg": "\u{AC}", "lnot": "\u{AC}",
        "therefore": "\u{2234}", "because": "\u{2235}", "bmod": "mod", "&": "&",
    ]

    /// Commands drawn as `<mi>`; `true` marks symbols TeX draws upright.
    static let identifiers: [String: (String, upright: Bool)] = [
        "infty": ("\u{221E}", false), "partial": ("\u{2202}", true), "nabla": ("\u{2207}", true),
        "ell": ("\u{2113}", false), "hbar": ("\u{210F}", false), "imath": ("\u{131}", false),
        "jmath": ("\u{237}", false), "Re": ("\u{211C}", false), "Im": ("\u{2111}", false),
        "aleph": ("\u{2135}", false), "wp": ("\u{2118}", false), "emptyset": ("\u{2205}", true),
        "varnothing": ("\u{2205}", true), "angle": ("\u{2220}", true), "triangle": ("\u{25B3}", true),
        "top": ("\u{22A4}", true), "bot": ("\u{22A5}", true), "prime": ("\u{2032}", false),
        "%": ("%", true), "$": ("$", true), "_": ("_", true), "#": ("#", true),
        "backslash": ("\\", true), "checkmark": ("\u{2713}", true), "square": ("\u{25A1}", true),
        "S": ("\u{A7}", true), "P": ("\u{B6}", true), "degree": ("\u{B0}", true),
    ]

    /// Big operators; `true` when they take limits above and below in display style.
    static let largeOperators: [String: (String, limits: Bool)] = [
        "sum": ("\u{2211}", true), "prod": ("\u{220F}", true), "coprod": ("\u{2210}", true),
        "bigcup": ("\u{22C3}", true), "bigcap": ("\u{22C2}", true), "bigoplus": ("\u{2A01}", true),
        "bigotimes": ("\u{2A02}", true), "bigodot": ("\u{2A00}", true), "biguplus": ("\u{2A04}", true),
        "bigvee": ("\u{22C1}", true), "bigwedge": ("\u{22C0}", true), "bigsqcup": ("\u{2A06}", true),
        "int": ("\u{222B}", false), "iint": ("\u{222C}", false), "iiint": ("\u{222D}", false),
        "oint": ("\u{222E}", false),
    ]

    /// Named functions, drawn upright; `true` when they take limits in display style.
    static let functions: [String: Bool] = [
        "sin": false, "cos": false, "tan": false, "cot": false, "sec": false, "csc": false,
        "sinh": false, "cosh": false, "tanh": false, "coth": false, "arcsin": false,
        "arccos": false, "arctan": false, "log": false, "ln": false, "lg": false, "exp": false,
        "arg": false, "deg": false, "dim": false, "hom": false, "ker": false,
        "max": true, "min": true, "sup": true, "inf": true, "lim": true, "liminf": true,
        "limsup": true, "det": true, "gcd": true, "Pr": true, "argmax": true, "argmin": true,
    ]

    /// How a function name is spelled when it differs from the command.
    static let functionSpelling: [String: String] = [
        "liminf": "lim\u{2009}inf", "limsup": "lim\u{2009}sup", "argmax": "arg\u{2009}max",
        "argmin": "arg\u{2009}min",
    ]

    /// Spacing commands and their widths in em.
    static let spaces: [String: Double] = [
        ",": 0.1667, "thinspace": 0.1667, ":": 0.2222, ">": 0.2222, "medspace": 0.2222,
        ";": 0.2778, "thickspace": 0.2778, "!": -0.1667, "negthinspace": -0.1667,
        "negmedspace": -0.2222, "negthickspace": -0.2778, "quad": 1, "qquad": 2, "enspace": 0.5,
    ]

    /// `\not` before these gives one negated character.
    static let negations: [String: String] = [
        "=": "\u{2260}", "<": "\u{226E}", ">": "\u{226F}", "in": "\u{2209}", "equiv": "\u{2262}",
        "subset": "\u{2284}", "supset": "\u{2285}", "subseteq": "\u{2288}", "supseteq": "\u{2289}",
        "le": "\u{2270}", "leq": "\u{2270}", "ge": "\u{2271}", "geq": "\u{2271}", "sim": "\u{2241}",
        "approx": "\u{2249}", "mid": "\u{2224}", "parallel": "\u{2226}", "exists": "\u{2204}",
    ]
}
