extension CourseDirectives {
    /// The `:experiment:` references of blocks that failed their schema check.
    ///
    /// A block with an unknown option and a missing one may also name an experiment that
    /// does not exist; that is reported too, so one pass shows every problem of the block.
    /// Only a plain name is looked at: a value the schema rejected is already reported.
    func checkReferences(ofInvalid blocks: [FencedBlock]) -> [Diagnostic] {
        blocks.flatMap { block -> [Diagnostic] in
            guard let raw = BlockParser.parse(block).directive,
                  let option = raw.options.first(where: { $0.key == "experiment" }),
                  let value = option.value, case .word(let name) = value.kind else { return [] }
            if case .failed(let diagnostic) = experiment(NameReference(name: name, range: value.range)) {
                return [diagnostic]
            }
            return []
        }
    }
}
