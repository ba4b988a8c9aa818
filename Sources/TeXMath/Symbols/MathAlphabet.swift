/// The math fonts of `\mathbf`, `\mathcal`, …; Core drops `mathvariant` except `normal`,
/// so letters become Unicode Mathematical Alphanumeric Symbols instead.
enum MathFont: String, Sendable, CaseIterable {
    case bold = "mathbf"
    case boldItalic = "boldsymbol"
    case roman = "mathrm"
    case italic = "mathit"
    case calligraphic = "mathcal"
    case doubleStruck = "mathbb"
    case fraktur = "mathfrak"
    case sansSerif = "mathsf"
    case monospace = "mathtt"
    case boldScript = "mathbfcal"

    /// Commands that select a font, including synonyms.
    static let commands: [String: MathFont] = {
        var table = Dictionary(uniqueKeysWithValues: allCases.map { ($0.rawValue, $0) })
        table["bm"] = .boldItalic
        table["mathscr"] = .calligraphic
        table["operatorname"] = .roman
        return table
    }()

    /// Whether several letters in a row form one identifier (a word such as `remember`).
    var mergesLetters: Bool { self != .boldItalic }
}

enum MathAlphabet {
    /// The node for one letter in `font`; `upright` is TeX's default shape for it (uppercase Greek).
    static func letterNode(_ scalar: Unicode.Scalar, font: MathFont?, upright: Bool) -> MathNode {
        guard let font else {
            return .identifier(String(Character(scalar)), normal: upright)
        }
        if font == .roman {
            return .identifier(String(Character(scalar)), normal: true)
        }
        let styled = style(scalar, font)
        // A styled letter is outside Core's auto-italic table, so it needs no mathvariant;
        // a letter with no styled form (e.g. calligraphic Greek) keeps TeX's shape.
        return .identifier(String(Character(styled)), normal: styled == scalar && upright)
    }

    /// The scalar in `font`, or the scalar itself when the font has no such letter.
    static func style(_ scalar: Unicode.Scalar, _ font: MathFont) -> Unicode.Scalar {
        let value = scalar.value
        if let exception = exceptions[font]?[scalar] { return exception }
        let latin: UInt32?
        switch font {
        case .bold: latin = 0x1D400
        case .italic: latin = 0x1D434
        case .boldItalic: latin = 0x1D468
        case .calligraphic: latin = 0x1D49C
        case .boldScript: latin = 0x1D4D0
        case .fraktur: latin = 0x1D504
        case .doubleStruck: latin = 0x1D538
        case .sansSerif: latin = 0x1D5A0
        case .monospace: latin = 0x1D670
        case .roman: latin = nil
        }
        if let latin {
            if (0x41...0x5A).contains(value) { return Unicode.Scalar(latin + value - 0x41) ?? scalar }
            if (0x61...0x7A).contains(value) { return Unicode.Scalar(latin + 26 + value - 0x61) ?? scalar }
        }
        let digits: [MathFont: UInt32] = [.bold: 0x1D7CE, .boldItalic: 0x1D7CE, .doubleStruck: 0x1D7D8,
                                          .sansSerif: 0x1D7E2, .monospace: 0x1D7F6]
        if let base = digits[font], (0x30...0x39).contains(value) {
            return Unicode.Scalar(base + value - 0x30) ?? scalar
        }
        let greek: [MathFont: UInt32] = [.bold: 0x1D6A8, .italic: 0x1D6E2, .boldItalic: 0x1D71C]
        if let base = greek[font] {
            if (0x391...0x3A9).contains(value) { return Unicode.Scalar(base + value - 0x391) ?? scalar }
            if (0x3B1...0x3C9).contains(value) { return Unicode.Scalar(base + 0x1A + value - 0x3B1) ?? scalar }
            let symbols: [UInt32: UInt32] = [0x3F5: 0x34, 0x3D1: 0x35, 0x3F0: 0x36, 0x3D5: 0x37, 0x3F1: 0x38,
                                             0x3D6: 0x39, 0x2202: 0x33, 0x2207: 0x19]
            if let step = symbols[value] { return Unicode.Scalar(base + step) ?? scalar }
        }
        return scalar
    }

    /// Letters that Unicode encoded before the math block (the block leaves holes for them).
    private static let exceptions: [MathFont: [Unicode.Scalar: Unicode.Scalar]] = [
        .italic: ["h": "\u{210E}"],
        .calligraphic: ["B": "\u{212C}", "E": "\u{2130}", "F": "\u{2131}", "H": "\u{210B}", "I": "\u{2110}",
                        "L": "\u{2112}", "M": "\u{2133}", "R": "\u{211B}", "e": "\u{212F}", "g": "\u{210A}",
                        "o": "\u{2134}"],
        .fraktur: ["C": "\u{212D}", "H": "\u{210C}", "I": "\u{2111}", "R": "\u{211C}", "Z": "\u{2128}"],
        .doubleStruck: ["C": "\u{2102}", "H": "\u{210D}", "N": "\u{2115}", "P": "\u{2119}", "Q": "\u{211A}",
                        "R": "\u{211D}", "Z": "\u{2124}"],
    ]
}
