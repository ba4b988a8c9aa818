/// One line of a lesson file with the location of its first character.
public struct SourceLine: Hashable, Sendable {
    public var text: String
    public var location: SourceLocation

    public init(_ text: String, at location: SourceLocation) {
        self.text = text
        self.location = location
    }
}

/// A fenced code block as the Markdown layer hands it over: its info string and
/// its body lines, each with where it is in the file.
public struct FencedBlock: Hashable, Sendable {
    /// The info string, such as `{experiment} forget-bias`.
    public var info: String
    /// Where the info string's first character is.
    public var infoLocation: SourceLocation
    /// The body, one entry per line, without line terminators.
    public var lines: [SourceLine]

    public init(info: String, at infoLocation: SourceLocation, lines: [SourceLine]) {
        self.info = info
        self.infoLocation = infoLocation
        self.lines = lines
    }

    /// Whether the block is a directive (its info string starts with `{`) rather than code.
    public var isDirective: Bool {
        info.unicodeScalars.first(where: { $0 != " " && $0 != "\t" }) == "{"
    }
}

/// The Markdown text after a directive's options: the figure's caption.
public struct Caption: Hashable, Sendable {
    /// The caption's lines joined with newlines.
    public var text: String
    /// Where the caption's first character is.
    public var location: SourceLocation
    /// The caption's lines with their locations, for diagnostics inside it.
    public var lines: [SourceLine]

    public init(lines: [SourceLine]) {
        self.lines = lines
        self.text = lines.map(\.text).joined(separator: "\n")
        self.location = lines.first?.location ?? SourceLocation(path: "", line: 1, column: 1)
    }
}

/// One `:key: value` option of a directive, before any schema has looked at it.
public struct RawOption: Hashable, Sendable {
    public var key: String
    public var keyRange: SourceRange
    /// Nil when the value did not parse (the error is already reported).
    public var value: Value?

    public init(key: String, keyRange: SourceRange, value: Value?) {
        self.key = key
        self.keyRange = keyRange
        self.value = value
    }
}

/// A directive block split into kind, argument, options and caption, with no
/// knowledge yet of which kinds and options exist.
public struct RawDirective: Hashable, Sendable {
    public var kind: String
    public var kindRange: SourceRange
    /// The argument after `{kind}`, trimmed; nil when there is none.
    public var argument: String?
    public var argumentRange: SourceRange?
    public var options: [RawOption]
    public var caption: Caption?

    public init(kind: String, kindRange: SourceRange, argument: String?, argumentRange: SourceRange?,
                options: [RawOption], caption: Caption?) {
        self.kind = kind
        self.kindRange = kindRange
        self.argument = argument
        self.argumentRange = argumentRange
        self.options = options
        self.caption = caption
    }

    /// The option named `key`, if given.
    public func option(_ key: String) -> RawOption? { options.first { $0.key == key } }
}
