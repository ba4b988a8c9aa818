import TextTools

/// Writes ``MathNode`` trees as MathML Core markup, compact and deterministic.
struct MathMLWriter {
    private(set) var output = ""

    mutating func write(_ node: MathNode) {
        switch node {
        case .identifier(let name, let normal):
            element("mi", normal ? [("mathvariant", "normal")] : [], text: name)
        case .number(let digits):
            element("mn", [], text: digits)
        case .op(let symbol, let attributes):
            element("mo", Self.attributes(attributes), text: symbol)
        case .text(let content, let style):
            element("mtext", Self.attributes(style), text: content)
        case .space(let width):
            if width < 0 {
                output += "<mspace style=\"margin-left:\(Self.em(width))\"/>"
            } else {
                output += "<mspace width=\"\(Self.em(width))\"/>"
            }
        case .decorated(let content, let css):
            open("mrow", [("style", css)])
            write(content)
            close("mrow")
        case .phantom(let content):
            open("mphantom")
            write(content)
            close("mphantom")
        case .row(let children):
            open("mrow")
            children.forEach { write($0) }
            close("mrow")
        case .scripts(let base, let sub, let sup, let limits):
            writeScripts(base: base, sub: sub, sup: sup, limits: limits)
        case .fraction(let numerator, let denominator, let thickness):
            open("mfrac", thickness.map { [("linethickness", $0)] } ?? [])
            write(numerator)
            write(denominator)
            close("mfrac")
        case .squareRoot(let radicand):
            open("msqrt")
            write(radicand)
            close("msqrt")
        case .root(let radicand, let index):
            open("mroot")
            write(radicand)
            write(index)
            close("mroot")
        case .over(let base, let top, let accent):
            open("mover", accent ? [("accent", "true")] : [])
            write(base)
            write(top)
            close("mover")
        case .under(let base, let bottom, let accent):
            open("munder", accent ? [("accentunder", "true")] : [])
            write(base)
            write(bottom)
            close("munder")
        case .table(let table):
            writeTable(table)
        case .style(let content, let displayStyle, let scriptLevel):
            var attributes = [("displaystyle", displayStyle ? "true" : "false")]
            if let scriptLevel { attributes.append(("scriptlevel", String(scriptLevel))) }
            open("mstyle", attributes)
            write(content)
            close("mstyle")
        }
    }

    private mutating func writeScripts(base: MathNode, sub: MathNode?, sup: MathNode?, limits: Bool) {
        let name: String
        switch (sub, sup) {
        case (.some, .some): name = limits ? "munderover" : "msubsup"
        case (.some, nil): name = limits ? "munder" : "msub"
        case (nil, .some): name = limits ? "mover" : "msup"
        case (nil, nil):
            write(base)
            return
        }
        open(name)
        write(base)
        if let sub { write(sub) }
        if let sup { write(sup) }
        close(name)
    }

    private mutating func writeTable(_ table: MathTable) {
        open("mtable", table.displayStyle ? [("displaystyle", "true")] : [])
        for row in table.rows {
            open("mtr")
            for (index, cell) in row.enumerated() {
                let style = Self.cellStyle(table.column(index))
                open("mtd", style.isEmpty ? [] : [("style", style)])
                write(cell)
                close("mtd")
            }
            close("mtr")
        }
        close("mtable")
    }

    /// Core dropped `columnalign`; its user-agent sheet centres `mtd` with `text-align`, which inline style overrides.
    private static func cellStyle(_ column: ColumnSpec) -> String {
        var parts: [String] = []
        switch column.alignment {
        case .left: parts.append("text-align:left")
        // Chromium aligns cell content right only for its -webkit-right keyword; others keep `right`.
        case .right: parts.append("text-align:right;text-align:-webkit-right")
        case .center: break
        }
        if !column.padLeft { parts.append("padding-left:0") }
        if !column.padRight { parts.append("padding-right:0") }
        return parts.joined(separator: ";")
    }

    private static func attributes(_ op: OperatorAttributes) -> [(String, String)] {
        var result: [(String, String)] = []
        if op.fence { result.append(("fence", "true")) }
        if let form = op.form { result.append(("form", form)) }
        if let stretchy = op.stretchy { result.append(("stretchy", String(stretchy))) }
        if let size = op.size {
            result.append(("symmetric", "true"))
            result.append(("minsize", size))
            result.append(("maxsize", size))
        }
        if let spacing = op.spacing {
            result.append(("lspace", spacing))
            result.append(("rspace", spacing))
        }
        return result
    }

    private static func attributes(_ style: TextStyle) -> [(String, String)] {
        var css: [String] = []
        if style.bold { css.append("font-weight:bold") }
        if style.italic { css.append("font-style:italic") }
        if style.monospace { css.append("font-family:monospace") }
        return css.isEmpty ? [] : [("style", css.joined(separator: ";"))]
    }

    private static func em(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        let sign = thousandths < 0 ? "-" : ""
        let magnitude = abs(thousandths)
        var fraction = String(magnitude % 1000)
        while fraction.count < 3 { fraction = "0" + fraction }
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return sign + String(magnitude / 1000) + (fraction.isEmpty ? "" : "." + fraction) + "em"
    }

    private mutating func element(_ name: String, _ attributes: [(String, String)], text: String) {
        open(name, attributes)
        output += MarkupEscaping.escape(text, invisibles: .references)
        close(name)
    }

    private mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        output += "<" + name
        for (key, value) in attributes {
            output += " \(key)=\"\(MarkupEscaping.escape(value, invisibles: .references))\""
        }
        output += ">"
    }

    private mutating func close(_ name: String) {
        output += "</" + name + ">"
    }
}
