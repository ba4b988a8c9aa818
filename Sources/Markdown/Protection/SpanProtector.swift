/// Hides math spans and inline roles from cmark-gfm.
///
/// Markdown would read `$a*b$ and $c*d$` as emphasis and eat the backslashes
/// of `\{`. Before parsing, every span is replaced by a private-use marker
/// scalar followed by filler scalars, one per original scalar, so every line
/// keeps its length in scalars and cmark's positions still map to the
/// author's columns. The parsed text is then scanned for markers.
struct SpanProtector {
    enum Span {
        case math(MathSpan)
        case role(Role)
        /// The original text, restored where a marker lands in raw HTML.
        var source: String {
            switch self {
            case .math(let m): m.display ? "$$\(m.tex)$$" : "$\(m.tex)$"
            case .role(let r): "{\(r.name)}`\(r.content)`"
            }
        }
    }

    static let markerBase: UInt32 = 0xF0000
    static let maxSpans = 0xFFFD
    static let filler = Unicode.Scalar(0xE000 as UInt32).map(Character.init) ?? " "

    private(set) var spans: [Span] = []
    private(set) var problems: [(position: SourcePosition, message: String, hint: String)] = []
    /// The source with spans replaced, line by line (no newlines).
    private(set) var lines: [[Unicode.Scalar]] = []

    init(source: String) {
        lines = Self.lines(of: source)
        protect()
    }

    /// The lines of `source`, split at `\n`, `\r\n` and a lone `\r` (a Swift `Character`
    /// `"\r\n"` is not `"\n"`, so lines are split on scalars).
    static func lines(of source: String) -> [[Unicode.Scalar]] {
        var lines: [[Unicode.Scalar]] = []
        var current: [Unicode.Scalar] = []
        var previousWasReturn = false
        for scalar in source.unicodeScalars {
            if scalar == "\n", previousWasReturn {
                previousWasReturn = false
                continue
            }
            previousWasReturn = scalar == "\r"
            if scalar == "\n" || scalar == "\r" {
                lines.append(current)
                current = []
            } else {
                current.append(scalar)
            }
        }
        lines.append(current)
        return lines
    }

    /// The protected text cmark parses.
    ///
    /// Built as UTF-8 bytes and decoded once: appending scalars to a
    /// `String.UnicodeScalarView` copied the whole string on every line, which made
    /// a 4 MB lesson take minutes.
    var text: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(lines.reduce(lines.count) { $0 + $1.count })
        for (i, line) in lines.enumerated() {
            if i > 0 { bytes.append(10) }
            for scalar in line { UTF8.encode(scalar) { bytes.append($0) } }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func isFiller(_ s: Unicode.Scalar) -> Bool { s.value == 0xE000 }

    static func spanIndex(_ s: Unicode.Scalar) -> Int? {
        s.value >= markerBase && s.value < markerBase + UInt32(maxSpans) ? Int(s.value - markerBase) : nil
    }

    // MARK: - Scanning

    private mutating func protect() {
        var fence: (char: Unicode.Scalar, length: Int)?
        var lineIndex = 0
        while lineIndex < lines.count {
            let line = lines[lineIndex]
            if let open = fence {
                if let f = Self.fenceRun(line), f.char == open.char, f.length >= open.length, f.rest.allSatisfy({ $0 == " " || $0 == "\t" }) {
                    fence = nil
                }
                lineIndex += 1
                continue
            }
            if let f = Self.fenceRun(line), f.char == "~" || !f.rest.contains("`") {
                fence = (f.char, f.length)
                lineIndex += 1
                continue
            }
            if Self.isIndentedCode(line), lineIndex == 0 || lines[lineIndex - 1].allSatisfy({ $0 == " " || $0 == "\t" }) {
                lineIndex += 1
                continue
            }
            lineIndex = scanLine(lineIndex)
        }
    }

    /// A fence opener/closer after up to 3 spaces and any `>` quote markers.
    static func fenceRun(_ line: [Unicode.Scalar]) -> (char: Unicode.Scalar, length: Int, rest: ArraySlice<Unicode.Scalar>)? {
        var i = 0
        while i < line.count, line[i] == " " || line[i] == ">" { i += 1 }
        guard i < line.count, line[i] == "`" || line[i] == "~" else { return nil }
        let char = line[i]
        var j = i
        while j < line.count, line[j] == char { j += 1 }
        return j - i >= 3 ? (char, j - i, line[j...]) : nil
    }

    static func isIndentedCode(_ line: [Unicode.Scalar]) -> Bool {
        line.starts(with: ["\t"]) || (line.count > 4 && line.prefix(4).allSatisfy { $0 == " " } && line.contains { $0 != " " })
    }

    /// Scans line `index` for spans, returning the next line to scan (display
    /// math may consume several lines).
    private mutating func scanLine(_ index: Int) -> Int {
        var i = 0
        var lineIndex = index
        while i < lines[lineIndex].count {
            let line = lines[lineIndex]
            let c = line[i]
            if c == "\\" {
                i += 2
            } else if c == "`" {
                let run = Self.runLength(line, from: i, of: "`")
                if let close = Self.findRun(line, of: "`", length: run, from: i + run) {
                    i = close + run
                } else {
                    i += run
                }
            } else if c == "{", let role = roleAt(line, i, lineIndex) {
                i = role
            } else if c == "$", i + 1 < line.count, line[i + 1] == "$" {
                guard let (endLine, endIndex) = displayMath(from: lineIndex, i) else {
                    problems.append((SourcePosition(line: lineIndex + 1, column: i + 1),
                                     "display math '$$' is never closed",
                                     "close it with '$$', or write '\\$' for a literal dollar"))
                    return lineIndex + 1
                }
                lineIndex = endLine
                i = endIndex
            } else if c == "$", let end = inlineMath(line, i, lineIndex) {
                i = end
            } else {
                i += 1
            }
        }
        return lineIndex + 1
    }

    static func runLength(_ line: [Unicode.Scalar], from start: Int, of char: Unicode.Scalar) -> Int {
        var j = start
        while j < line.count, line[j] == char { j += 1 }
        return j - start
    }

    static func findRun(_ line: [Unicode.Scalar], of char: Unicode.Scalar, length: Int, from start: Int) -> Int? {
        var j = start
        while j < line.count {
            if line[j] == char {
                let run = runLength(line, from: j, of: char)
                if run == length { return j }
                j += run
            } else {
                j += 1
            }
        }
        return nil
    }

    /// `{name}` followed by a code span: a role. Returns the index after it.
    private mutating func roleAt(_ line: [Unicode.Scalar], _ start: Int, _ lineIndex: Int) -> Int? {
        var j = start + 1
        // A name may have a ':' part, as MyST's {cite:t} does.
        while j < line.count, line[j].properties.isAlphabetic || line[j] == "-"
            || (line[j] == ":" && j > start + 1 && j + 1 < line.count && line[j + 1].properties.isAlphabetic) { j += 1 }
        guard j > start + 1, j + 1 < line.count, line[j] == "}", line[j + 1] == "`" else { return nil }
        let name = String(String.UnicodeScalarView(line[(start + 1)..<j]))
        let tickStart = j + 1
        let run = Self.runLength(line, from: tickStart, of: "`")
        guard let close = Self.findRun(line, of: "`", length: run, from: tickStart + run) else { return nil }
        let content = String(String.UnicodeScalarView(line[(tickStart + run)..<close]))
        let role = Role(
            name: name,
            content: content,
            position: SourcePosition(line: lineIndex + 1, column: start + 1),
            contentPosition: SourcePosition(line: lineIndex + 1, column: tickStart + run + 1))
        let end = close + run
        replace(line: lineIndex, from: start, to: end, with: .role(role))
        return end
    }

    /// `$…$` on one line: no space after the opener or before the closer, and
    /// no digit right after the closer (so "$5 and $6" stays text).
    private mutating func inlineMath(_ line: [Unicode.Scalar], _ start: Int, _ lineIndex: Int) -> Int? {
        guard start + 1 < line.count, !Self.isSpace(line[start + 1]) else { return nil }
        var j = start + 1
        while j < line.count {
            if line[j] == "\\" {
                j += 2
                continue
            }
            if line[j] == "$" {
                let followedByDigit = j + 1 < line.count && ("0"..."9").contains(line[j + 1])
                if !Self.isSpace(line[j - 1]), !followedByDigit, j > start + 1 {
                    let tex = String(String.UnicodeScalarView(line[(start + 1)..<j]))
                    let span = MathSpan(tex: tex, display: false, position: SourcePosition(line: lineIndex + 1, column: start + 2))
                    replace(line: lineIndex, from: start, to: j + 1, with: .math(span))
                    return j + 1
                }
            }
            j += 1
        }
        return nil
    }

    /// `$$…$$`, possibly over several lines. Returns where scanning resumes.
    private mutating func displayMath(from lineIndex: Int, _ start: Int) -> (Int, Int)? {
        var l = lineIndex
        var j = start + 2
        var tex = String.UnicodeScalarView()
        while l < lines.count {
            let line = lines[l]
            if l > lineIndex {
                if Self.fenceRun(line) != nil { return nil }
                tex.append("\n")
                j = 0
            }
            while j < line.count {
                if line[j] == "\\" {
                    tex.append(line[j])
                    if j + 1 < line.count { tex.append(line[j + 1]) }
                    j += 2
                    continue
                }
                if line[j] == "$", j + 1 < line.count, line[j + 1] == "$" {
                    let span = MathSpan(tex: String(tex), display: true, position: SourcePosition(line: lineIndex + 1, column: start + 3))
                    replaceLines(from: (lineIndex, start), to: (l, j + 2), with: .math(span))
                    return (l, j + 2)
                }
                tex.append(line[j])
                j += 1
            }
            l += 1
        }
        return nil
    }

    static func isSpace(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\t" }

    // MARK: - Replacement

    private mutating func marker(for span: Span) -> Unicode.Scalar? {
        guard spans.count < Self.maxSpans else { return nil }
        spans.append(span)
        return Unicode.Scalar(Self.markerBase + UInt32(spans.count - 1))
    }

    private mutating func replace(line: Int, from start: Int, to end: Int, with span: Span) {
        replaceLines(from: (line, start), to: (line, end), with: span)
    }

    private mutating func replaceLines(from: (Int, Int), to: (Int, Int), with span: Span) {
        guard let mark = marker(for: span), let fill = Unicode.Scalar(0xE000 as UInt32) else { return }
        for l in from.0...to.0 {
            let lo = l == from.0 ? from.1 : 0
            let hi = l == to.0 ? to.1 : lines[l].count
            for k in lo..<hi { lines[l][k] = fill }
            // An empty line inside display math would end the paragraph.
            if lo == hi, l != from.0 { lines[l].insert(fill, at: 0) }
        }
        lines[from.0][from.1] = mark
    }
}
