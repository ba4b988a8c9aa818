/// `\boxed`, `\phantom`, colours and explicit spaces: drawn with CSS or `<mphantom>`.
extension Parser {
    static let decorationCommands: Set<String> = ["boxed", "phantom", "textcolor", "color", "hspace", "mkern", "kern"]

    mutating func decorationAtom(_ name: String, token: Token) throws(MathError) -> Atom {
        switch name {
        case "boxed":
            let content = try parseArgument(missing: missingArgument(name, token: token, expected: 1, found: 0))
            return Atom(node: .decorated(content, css: "border:0.065em solid;padding:0.2em 0.3em"))
        case "phantom":
            let content = try parseArgument(missing: missingArgument(name, token: token, expected: 1, found: 0))
            return Atom(node: .phantom(content))
        case "textcolor":
            let color = try readColor(after: token, command: name, arguments: 2)
            let content = try parseArgument(missing: missingArgument(name, token: token, expected: 2, found: 1))
            return Atom(node: .decorated(content, css: "color:\(color)"))
        default:
            return Atom(node: .space(try readLength(after: token, command: name)))
        }
    }

    /// `{name}` read without expansion, as the text of its tokens.
    mutating func rawGroupText(after token: Token, command: String, arguments: Int) throws(MathError) -> String {
        stream.skipSpaces()
        guard stream.peekRaw()?.kind == .beginGroup else {
            throw missingArgument(command, token: token, expected: arguments, found: 0)
        }
        let close = try stream.matchingClose(of: stream.position)
        let text = stream.tokens[(stream.position + 1)..<close].map(\.kind.texSpelling).joined()
        stream.position = close + 1
        return text.trimmingBlanks
    }

    /// A colour name (`red`) or hex code (`#1f77b4`); anything else could inject CSS.
    mutating func readColor(after token: Token, command: String, arguments: Int) throws(MathError) -> String {
        let color = try rawGroupText(after: token, command: command, arguments: arguments)
        let scalars = Array(color.unicodeScalars)
        let isName = !scalars.isEmpty && scalars.count <= 30 && scalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
        let isHex = [4, 7].contains(scalars.count) && scalars.first == "#"
            && scalars.dropFirst().allSatisfy { ("0"..."9").contains($0) || ("a"..."f").contains($0) || ("A"..."F").contains($0) }
        guard isName || isHex else {
            throw stream.error(.unexpectedCharacter, "'\(color)' is not a colour", hint: "write a name such as red or a code such as #1f77b4",
                               at: token)
        }
        return color
    }

    /// `{1em}`, `{-3mu}`, `{4pt}` (or `3mu` after `\mkern`) in em.
    private mutating func readLength(after token: Token, command: String) throws(MathError) -> Double {
        var text: String
        if command == "hspace" {
            if stream.peekRaw()?.kind == .character("*") { _ = stream.nextRaw() }
            text = try rawGroupText(after: token, command: command, arguments: 1)
        } else {
            text = ""
            stream.skipSpaces()
            while let next = stream.peekRaw(), case .character(let scalar) = next.kind, "-+.0123456789".unicodeScalars.contains(scalar) {
                text.unicodeScalars.append(scalar)
                _ = stream.nextRaw()
            }
            for _ in 0..<2 {
                guard let next = stream.peekRaw(), case .character(let scalar) = next.kind, scalar.properties.isAlphabetic else { break }
                text.unicodeScalars.append(scalar)
                _ = stream.nextRaw()
            }
        }
        let units: [(String, Double)] = [("em", 1), ("ex", 0.431), ("pt", 0.1), ("mu", 1.0 / 18), ("px", 0.0625)]
        for (unit, scale) in units where text.hasSuffix(unit) {
            if let value = Double(String(text.dropLast(unit.count)).trimmingBlanks), abs(value) <= 100 {
                return value * scale
            }
        }
        throw stream.error(.unexpectedCharacter, "'\(text)' is not a length", hint: "write a length such as 1em, 4pt or 3mu", at: token)
    }
}
