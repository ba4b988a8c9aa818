import Markdown
import Testing
@testable import Lessons

@Suite struct CitationAndEquationTests {
    let bibliography = Bibliography(entries: BibTeXReader.read(SourceFile(path: "refs.bib", text: """
        @article{gers2000, author = {Gers, F. and Schmidhuber, J. and Cummins, F.}, title = {Forget}, year = {2000}}
        @article{gers2000b, author = {Gers, F. and Schmidhuber, J. and Cummins, F.}, title = {Count}, year = {2000}}
        @article{hochreiter1997, author = {Hochreiter, S. and Schmidhuber, J.}, title = {LSTM}, year = {1997}}
        """)).entries, style: .authorYear)

    func scan(_ lessons: String...) -> CourseScan {
        CourseScan(lessons.enumerated().map { (path: "0\($0.offset + 1)-l.md", blocks: MarkdownParser.parse($0.element).blocks) },
                   bibliography: bibliography)
    }

    @Test func citedKeysInOrderAndLabels() {
        let result = scan("{cite}`hochreiter1997, gers2000` then {cite:t}`gers2000b` and {cite:p}`hochreiter1997`.")
        #expect(result.diagnostics.isEmpty)
        #expect(result.cited["01-l.md"] == ["hochreiter1997", "gers2000", "gers2000b"])
        #expect(bibliography.citedNames("gers2000") == "Gers et al.")
        #expect(bibliography.citedNames("hochreiter1997") == "Hochreiter and Schmidhuber")
        #expect([bibliography.citedYear("gers2000"), bibliography.citedYear("gers2000b")].sorted() == ["2000a", "2000b"])
    }

    @Test func unknownKeyIsLocatedWithDidYouMean() {
        let result = scan("Text.\n\nAs {cite}`hochreiter1997, gers200` said.")
        #expect(describe(result.diagnostics) == ["3:27: unknown citation key 'gers200'; did you mean 'gers2000'?"])
    }

    @Test func citeWithoutBibliographyIsAnError() {
        let result = CourseScan([(path: "a.md", blocks: MarkdownParser.parse("{cite}`x`").blocks)])
        #expect(result.diagnostics.first?.message == "a citation needs a bibliography")
        #expect(result.diagnostics.first?.hint?.contains("bibliography: references.bib") == true)
    }

    @Test func equationsAreNumberedPerLessonAndLinked() throws {
        let result = scan("$$\na \\label{eq:a}\n$$\n\n$$\nb \\tag{*}\n$$\n\n$$\nc \\label{eq:c}\n$$\n",
                          "See {eq}`eq:c` and $$d \\label{eq:d}$$")
        #expect(result.diagnostics.isEmpty)
        #expect(result.equations.equation(labelled: "eq:a")?.text == "(1.1)")
        #expect(result.equations.equation(labelled: "eq:c")?.text == "(1.2)")
        #expect(result.equations.equation(labelled: "eq:d")?.text == "(2.1)")
        #expect(result.equations.equation(labelled: "eq:d")?.page == "02-l.html")
        #expect(result.equations.equation(at: SourcePosition(line: 5, column: 3), path: "01-l.md")?.text == "(*)")
        #expect(result.equations.equation(labelled: "eq:a")?.anchor == "eq-a")
    }

    @Test func badLabelsAndReferences() {
        let result = scan("$$\na \\label{eq:a}\n$$\n\nInline $x \\label{eq:x}$ and {eq}`eq:b`.\n\n$$\nb \\label{eq:a} \\label{eq:z}\n$$\n\n$$\\label{two words}$$")
        #expect(describe(result.diagnostics) == [
            "5:18: \\label and \\tag number display formulas only",
            "8:16: a formula has one '\\label'",
            "8:10: duplicate equation label 'eq:a'",
            "11:10: invalid equation label 'two words'",
            "5:34: unknown equation 'eq:b'; did you mean 'eq:a'?",
        ])
    }

    @Test func courseConfigReadsTheStyle() {
        let (config, problems) = CourseConfig.parse(SourceFile(path: "course.yml", text: "bibliography: refs.bib\ncitations: numerc\n"))
        #expect(config.bibliography == "refs.bib")
        #expect(describe(problems) == ["2:12: unknown citation style 'numerc'; did you mean 'numeric'?"])
    }
}
