/// Reads the course's BibTeX file: `@article{key, field = {value}, …}` and
/// the other entry types lessonrun lists. Text between entries is a comment,
/// as in BibTeX. Every problem is located in the file and the reader carries
/// on with the next entry, so one pass reports them all.
struct BibTeXReader {
    /// Fields that reference managers write and lessonrun has no use for: accepted without a word.
    static let ignoredFields: Set<String> = [
        "abstract", "keywords", "month", "isbn", "issn", "file", "urldate", "language", "langid", "editor", "address",
        "series", "edition", "archiveprefix", "primaryclass", "institution", "school", "organization", "chapter",
        "annote", "shorttitle", "date", "copyright", "timestamp", "biburl", "bibsource", "eprinttype", "urlaccessdate",
    ]
    static let required: [BibEntry.Field] = [.author, .title, .year]

    let file: SourceFile
    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var line = 1
    private var column = 1
    private(set) var entries: [BibEntry] = []
    private(set) var diagnostics: [Diagnostic] = []

    /// Reads `file`: its entries (those without errors) and every problem.
    static func read(_ file: SourceFile) -> (entries: [BibEntry], diagnostics: [Diagnostic]) {
        var reader = BibTeXReader(file: file)
        reader.readAll()
        return (reader.entries, reader.diagnostics)
    }

    private init(file: SourceFile) {
        self.file = file
        self.scalars = Array(file.text.unicodeScalars)
    }

    private struct Failure: Error {}

    private var location: SourceLocation { file.location(line, column) }
    private var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    private mutating func advance() {
        guard let c = current else { return }
        index += 1
        if c == "\n" { line += 1; column = 1 } else if c != "\r" { column += 1 }
    }

    private mutating func skipSpace() {
        while let c = current, c == " " || c == "\t" || c == "\n" || c == "\r" { advance() }
    }

    private mutating func fail(at location: SourceLocation, _ message: String, hint: String, length: Int = 1) -> Failure {
        diagnostics.append(.error(at: location, message, hint: hint, length: length))
        return Failure()
    }

    private mutating func readAll() {
        var keys = FirstOccurrences()
        while index < scalars.count {
            guard current == "@" else { advance(); continue }
            let start = location
            do {
                guard let entry = try readEntry(start) else { continue }
                if let first = keys.repeatOf(entry.key, at: entry.keyRange) {
                    diagnostics.append(.duplicate("key '\(entry.key)'", at: entry.keyRange, first: first,
                                                  firstIs: "'\(entry.key)' is first defined here",
                                                  hint: "give every work its own key; remove or rename one"))
                    continue
                }
                entries.append(entry)
            } catch {
                recover()
            }
        }
    }

    /// Skips to the next line that starts with '@' (after spaces).
    private mutating func recover() {
        while let c = current {
            if c == "@", file.line(line)?.drop(while: { $0 == " " || $0 == "\t" }).first == "@" { return }
            advance()
        }
    }

    private mutating func word() -> String {
        var view = String.UnicodeScalarView()
        while let c = current, c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "_" || c == "-" || c == ":" || c == "." || c == "/" || c == "+" {
            view.append(c)
            advance()
        }
        return String(view)
    }

    private mutating func readEntry(_ start: SourceLocation) throws(Failure) -> BibEntry? {
        advance()  // @
        let typeStart = location
        let typeName = word().lowercased()
        skipSpace()
        guard current == "{" || current == "(" else {
            throw fail(at: location, "expected '{' after '@\(typeName)'", hint: "write @article{key, author = {…}, …}")
        }
        if typeName == "comment" { try skipGroup(); return nil }
        guard let type = BibEntry.EntryType(rawValue: typeName) else {
            let types = BibEntry.EntryType.allCases.map(\.rawValue)
            let what = typeName == "string" || typeName == "preamble" ? "'@\(typeName)' is not supported" : "unknown entry type '@\(typeName)'"
            diagnostics.append(.error(at: typeStart, what + DidYouMean.clause(for: typeName, among: types),
                                      hint: "entries are " + types.map { "@" + $0 }.joined(separator: ", ") + (typeName == "string" ? "; write the text in each entry" : ""),
                                      length: max(1, typeName.unicodeScalars.count)))
            try skipGroup()
            return nil
        }
        let closer: Unicode.Scalar = current == "(" ? ")" : "}"
        advance()
        skipSpace()
        let keyStart = location
        var keyView = String.UnicodeScalarView()
        while let c = current, c != ",", c != closer, c != " ", c != "\n", c != "\t", c != "\r" {
            keyView.append(c)
            advance()
        }
        let key = String(keyView)
        guard !key.isEmpty else {
            throw fail(at: keyStart, "@\(typeName) has no key", hint: "write a key before the first field: @\(typeName){gers2000, …")
        }
        let keyRange = SourceRange(keyStart, length: key.unicodeScalars.count)
        skipSpace()
        var fields: [BibEntry.Field: String] = [:]
        var rawAuthors: String?
        var seen: [String: SourceLocation] = [:]
        while true {
            if current == closer { advance(); break }
            guard current == "," else {
                if current == nil {
                    throw fail(at: start, "entry '\(key)' is never closed", hint: "end it with '\(closer)'")
                }
                throw fail(at: location, "expected ',' or '\(closer)' after \(seen.isEmpty ? "the key '\(key)'" : "a field value"), found '\(current.map(String.init) ?? "")'",
                           hint: "separate fields with commas: title = {…}, year = {2000}")
            }
            advance()
            skipSpace()
            if current == closer { advance(); break }
            let nameStart = location
            let name = word().lowercased()
            guard !name.isEmpty else {
                throw fail(at: nameStart, "expected a field name in '\(key)'", hint: "write name = {value}")
            }
            skipSpace()
            guard current == "=" else {
                throw fail(at: location, "expected '=' after the field name '\(name)'", hint: "write \(name) = {value}")
            }
            advance()
            skipSpace()
            let valueStart = location
            let value = try readValue(field: name)
            skipSpace()
            if current == "#" {
                throw fail(at: location, "'#' concatenation is not supported", hint: "write the whole value in one pair of braces")
            }
            if let first = seen[name] {
                diagnostics.append(Diagnostic.error(at: nameStart, "field '\(name)' is given twice in '\(key)'", hint: "keep one of them",
                                                    length: name.unicodeScalars.count)
                    .withNote(.init(at: first, "first given here", length: name.unicodeScalars.count)))
                continue
            }
            seen[name] = nameStart
            if let field = BibEntry.Field(rawValue: name) {
                if field == .author { rawAuthors = value }
                fields[field] = BibText.plain(value)
                if field == .year, !value.allSatisfy(\.isNumber) {
                    diagnostics.append(.warning(at: valueStart, "year '\(value)' of '\(key)' is not a number", hint: "write year = {2000}"))
                }
            } else if !Self.ignoredFields.contains(name) {
                let known = BibEntry.Field.allCases.map(\.rawValue)
                diagnostics.append(.warning(at: nameStart, "unknown field '\(name)' in '\(key)' is ignored" + DidYouMean.clause(for: name, among: known),
                                            hint: "fields lessonrun reads: " + known.joined(separator: ", "), length: name.unicodeScalars.count))
            }
        }
        let missing = Self.required.filter { fields[$0]?.isEmpty ?? true }
        if !missing.isEmpty {
            diagnostics.append(.error(in: keyRange, "entry '\(key)' has no " + DidYouMean.list(missing.map(\.rawValue), conjunction: "or"),
                                      hint: "every work needs " + Self.required.map(\.rawValue).joined(separator: ", ")))
            return nil
        }
        return BibEntry(type: type, key: key, keyRange: keyRange, fields: fields, authors: BibText.names(rawAuthors ?? ""))
    }

    /// `{…}` with nested braces, `"…"`, or a bare number.
    private mutating func readValue(field: String) throws(Failure) -> String {
        let start = location
        var view = String.UnicodeScalarView()
        switch current {
        case "{":
            advance()
            var depth = 1
            while let c = current {
                if c == "{" { depth += 1 }
                if c == "}" { depth -= 1; if depth == 0 { advance(); return String(view) } }
                if c == "@", column == 1 {
                    throw fail(at: start, "the value of '\(field)' is never closed: '{' has no matching '}'", hint: "add the missing '}'")
                }
                view.append(c)
                advance()
            }
            throw fail(at: start, "the value of '\(field)' is never closed: '{' has no matching '}'", hint: "add the missing '}'")
        case "\"":
            advance()
            var depth = 0
            while let c = current {
                if c == "{" { depth += 1 } else if c == "}" { depth -= 1 }
                if c == "\"", depth == 0 { advance(); return String(view) }
                if c == "\n", file.line(line + 1)?.first == "@" {
                    throw fail(at: start, "the value of '\(field)' is never closed: '\"' has no matching '\"'", hint: "add the missing '\"'")
                }
                view.append(c)
                advance()
            }
            throw fail(at: start, "the value of '\(field)' is never closed: '\"' has no matching '\"'", hint: "add the missing '\"'")
        default:
            let bare = word()
            if !bare.isEmpty, bare.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) { return bare }
            throw fail(at: start, bare.isEmpty ? "expected a value for '\(field)'" : "bare word '\(bare)' as the value of '\(field)': string macros are not supported",
                       hint: "put the value in braces: \(field) = {\(bare.isEmpty ? "…" : bare)}", length: max(1, bare.unicodeScalars.count))
        }
    }

    /// Skips a `{…}` or `(…)` group (an @comment, or an entry that cannot be read).
    private mutating func skipGroup() throws(Failure) {
        let start = location
        let open = current ?? "{"
        let close: Unicode.Scalar = open == "(" ? ")" : "}"
        var depth = 0
        while let c = current {
            if c == open { depth += 1 }
            if c == close { depth -= 1; if depth == 0 { advance(); return } }
            advance()
        }
        throw fail(at: start, "'\(open)' is never closed", hint: "add the missing '\(close)'")
    }
}
