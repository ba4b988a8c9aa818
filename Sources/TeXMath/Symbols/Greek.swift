/// Greek letter commands and the character each stands for.
enum Greek {
    /// Lowercase letters (italic in TeX), including the `\var…` shapes.
    static let lowercase: [String: Unicode.Scalar] = [
        "alpha": "\u{3B1}", "beta": "\u{3B2}", "gamma": "\u{3B3}", "delta": "\u{3B4}",
        "epsilon": "\u{3F5}", "varepsilon": "\u{3B5}", "zeta": "\u{3B6}", "eta": "\u{3B7}",
        "theta": "\u{3B8}", "vartheta": "\u{3D1}", "iota": "\u{3B9}", "kappa": "\u{3BA}",
        "varkappa": "\u{3F0}", "lambda": "\u{3BB}", "mu": "\u{3BC}", "nu": "\u{3BD}",
        "xi": "\u{3BE}", "omicron": "\u{3BF}", "pi": "\u{3C0}", "varpi": "\u{3D6}",
        "rho": "\u{3C1}", "varrho": "\u{3F1}", "sigma": "\u{3C3}", "varsigma": "\u{3C2}",
        "tau": "\u{3C4}", "upsilon": "\u{3C5}", "phi": "\u{3D5}", "varphi": "\u{3C6}",
        "chi": "\u{3C7}", "psi": "\u{3C8}", "omega": "\u{3C9}", "digamma": "\u{3DD}",
    ]

    /// Uppercase letters (upright in TeX); `\varGamma` etc. are the italic forms.
    static let uppercase: [String: Unicode.Scalar] = [
        "Gamma": "\u{393}", "Delta": "\u{394}", "Theta": "\u{398}", "Lambda": "\u{39B}",
        "Xi": "\u{39E}", "Pi": "\u{3A0}", "Sigma": "\u{3A3}", "Upsilon": "\u{3A5}",
        "Phi": "\u{3A6}", "Psi": "\u{3A8}", "Omega": "\u{3A9}",
    ]

    /// The node for a Greek command, or nil when `name` is not one.
    static func node(_ name: String, font: MathFont?) -> MathNode? {
        if let scalar = lowercase[name] {
            return MathAlphabet.letterNode(scalar, font: font, upright: false)
        }
        if let scalar = uppercase[name] {
            return MathAlphabet.letterNode(scalar, font: font, upright: true)
        }
        if name.hasPrefix("var"), let scalar = uppercase[String(name.dropFirst(3))] {
            return MathAlphabet.letterNode(scalar, font: font, upright: false)
        }
        return nil
    }

    static var names: [String] {
        Array(lowercase.keys) + Array(uppercase.keys) + uppercase.keys.map { "var" + $0 }
    }
}
