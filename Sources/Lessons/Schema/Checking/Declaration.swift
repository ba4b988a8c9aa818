/// A directive's kind and name as declared by its info string, known even when
/// its options have errors, so that references to it do not cascade into more errors.
public struct Declaration: Hashable, Sendable {
    public var kind: Directive.Kind
    public var name: String
    public var nameRange: SourceRange

    public init(kind: Directive.Kind, name: String, nameRange: SourceRange) {
        self.kind = kind
        self.name = name
        self.nameRange = nameRange
    }
}

/// What checking one fenced block gives: the typed directive when it has no
/// errors, its declaration when its header was usable, and every diagnostic.
public struct DirectiveParseResult: Hashable, Sendable {
    /// The directive, or nil when the block has any error.
    public var directive: Directive?
    public var declaration: Declaration?
    public var diagnostics: [Diagnostic]

    public init(directive: Directive?, declaration: Declaration?, diagnostics: [Diagnostic]) {
        self.directive = directive
        self.declaration = declaration
        self.diagnostics = diagnostics
    }
}
