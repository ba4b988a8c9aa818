import TextTools

/// Converts TeX formulas to MathML Core, at build time, with the lesson's macros.
///
/// ```swift
/// var macros = MacroTable.builtIn
/// let html = try MathConverter().convert(#"\h_\tp = \tanh(\c_\tp)"#, display: true, macros: &macros)
/// ```
public struct MathConverter: Sendable {
    /// The MathML namespace every `<math>` element declares.
    public static let namespace = "http://www.w3.org/1998/Math/MathML"

    public init() {}

    /// Converts one formula, given without its `$` or `$$` delimiters.
    ///
    /// - Parameters:
    ///   - tex: The formula's source.
    ///   - display: `true` for display math (`$$…$$`, `display="block"`), `false` for inline.
    ///   - macros: The macros in scope; the result carries them plus any the formula defines.
    /// - Returns: The MathML and the macro table for the rest of the page, or the first error.
    public func convert(_ tex: String, display: Bool, macros: MacroTable) -> Result<MathConversion, MathError> {
        do throws(MathError) {
            var parser = try Parser(tex, display: display, macros: macros)
            let node = try parser.parseFormula()
            let markup = node.map { Self.document($0, source: tex, display: display) }
            return .success(MathConversion(mathML: markup, macros: parser.stream.macros))
        } catch {
            return .failure(error)
        }
    }

    /// Converts one formula and updates `macros` with the ones it defines.
    ///
    /// - Returns: The `<math>` element, or nil when the formula only defines macros
    ///   (a display block of `\newcommand`s draws nothing).
    /// - Throws: ``MathError`` located in `tex`; `macros` is left unchanged then.
    public func convert(_ tex: String, display: Bool, macros: inout MacroTable) throws(MathError) -> String? {
        let conversion = try convert(tex, display: display, macros: macros).get()
        macros = conversion.macros
        return conversion.mathML
    }

    private static func document(_ node: MathNode, source: String, display: Bool) -> String {
        var writer = MathMLWriter()
        writer.write(node)
        let mode = display ? " display=\"block\"" : ""
        let annotation = MarkupEscaping.escape(source.trimmingBlanksAndNewlines, invisibles: .references)
        return "<math xmlns=\"\(namespace)\"\(mode)><semantics>\(writer.output)"
            + "<annotation encoding=\"application/x-tex\">\(annotation)</annotation></semantics></math>"
    }
}

/// `TeXToMathML` is the converter's other name in the issue.
public typealias TeXToMathML = MathConverter

/// The result of converting one formula.
public struct MathConversion: Sendable, Equatable {
    /// The `<math>` element, or nil when the formula only defined macros.
    public let mathML: String?
    /// The macros in scope after the formula: the input table plus its `\newcommand`s.
    public let macros: MacroTable
}

private extension String {
    var trimmingBlanksAndNewlines: String {
        let blanks: Set<Unicode.Scalar> = [" ", "\n", "\t", "\r"]
        let scalars = unicodeScalars.drop { blanks.contains($0) }
        let trimmed = scalars.reversed().drop { blanks.contains($0) }.reversed()
        return String(String.UnicodeScalarView(trimmed))
    }
}
