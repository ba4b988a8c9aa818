import Markdown

extension FencedBlock {
    /// The directive block of a Markdown code block in the file at `path`.
    public init(_ codeBlock: CodeBlock, path: String) {
        self.init(info: codeBlock.info,
                  at: SourceLocation(path: path, line: codeBlock.infoPosition.line, column: codeBlock.infoPosition.column),
                  lines: codeBlock.lines.map {
                      SourceLine($0.text, at: SourceLocation(path: path, line: $0.position.line, column: $0.position.column))
                  })
    }
}

extension CourseDirectives {
    /// Checks a Markdown inline role of the file at `path` (see `checkRole(_:content:at:)`).
    public func checkRole(_ role: Role, path: String) -> (role: ResolvedRole?, diagnostics: [Diagnostic]) {
        checkRole(role.name, content: role.content,
                  at: SourceLocation(path: path, line: role.contentPosition.line, column: role.contentPosition.column))
    }
}
