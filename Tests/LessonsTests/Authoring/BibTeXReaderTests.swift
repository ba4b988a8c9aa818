import Testing
@testable import Lessons

@Suite struct BibTeXReaderTests {
    func read(_ text: String) -> (entries: [BibEntry], diagnostics: [String]) {
        let (entries, diagnostics) = BibTeXReader.read(SourceFile(path: "refs.bib", text: text))
        return (entries, diagnostics.map { "\($0.location.line):\($0.location.column): \($0.severity.rawValue): \($0.message)" })
    }

    @Test func readsEntriesFieldsAndAuthors() throws {
        let (entries, problems) = read("""
        % a comment
        @Article{gers2000,
          author = {Gers, Felix A. and J{\\"u}rgen Schmidhuber and Cummins, Fred},
          title = "Learning to Forget: {LSTM}",
          year = 2000, pages = {2451--2471},
          doi = {10.1162/089976600300015015}
        }
        @book{geron2019, author = {G{\\'e}ron, Aur{\\'e}lien}, title = {Hands-On}, year = {2019}, month = {oct},}
        """)
        #expect(problems.isEmpty)
        #expect(entries.map(\.key) == ["gers2000", "geron2019"])
        let gers = try #require(entries.first)
        #expect(gers.type == .article)
        #expect(gers[.title] == "Learning to Forget: LSTM")
        #expect(gers[.pages] == "2451–2471")
        #expect(gers.authors.map(\.family) == ["Gers", "Schmidhuber", "Cummins"])
        #expect(gers.authors.map(\.sortForm) == ["Gers, F. A.", "Schmidhuber, J.", "Cummins, F."])
        #expect(gers.keyRange.start.line == 2 && gers.keyRange.start.column == 10)
        #expect(entries.last?.authors.first?.family == "Géron")
    }

    @Test func particlesStayWithTheFamilyName() {
        #expect(BibText.name("Bart van Merri{\\\"e}nboer").family == "van Merriënboer")
        #expect(BibText.name("{World Health Organization}").family == "World Health Organization")
    }

    @Test func badInputsAreLocatedWithSuggestions() {
        let (entries, problems) = read("""
        @artcle{a, title = {T}, year = {2000}, author = {A}}
        @article{b, title = {T}, year = {2000}}
        @article{c, autor = {A}, author = {A}, title = {T}, year = {2000}}
        @article{c, author = {A}, title = {T}, year = {2000}}
        @article{d, author = {A}, title = {T
        @article{e, author = {A} title = {T}, year = {2000}}
        @article{f, author = {A}, title = {T}, year = {2000}, journal = NeuralComp}
        @article{g, author = {A}, title = {T}, year = {2000}}
        """)
        #expect(problems == [
            "1:2: error: unknown entry type '@artcle'; did you mean 'article'?",
            "2:10: error: entry 'b' has no 'author'",
            "3:13: warning: unknown field 'autor' in 'c' is ignored; did you mean 'author'?",
            "4:10: error: duplicate key 'c'",
            "5:35: error: the value of 'title' is never closed: '{' has no matching '}'",
            "6:26: error: expected ',' or '}' after a field value, found 't'",
            "7:65: error: bare word 'NeuralComp' as the value of 'journal': string macros are not supported",
        ])
        #expect(entries.map(\.key) == ["c", "g"])
    }

    @Test func emptyAndGarbageFilesNeverTrap() {
        #expect(read("").entries.isEmpty)
        #expect(!read("@").diagnostics.isEmpty)
        #expect(!read("@article{").diagnostics.isEmpty)
        #expect(!read("@article{k, title = \"x").diagnostics.isEmpty)
        #expect(!read("@string{x = {y}}").diagnostics.isEmpty)
        #expect(read("@comment{anything {nested}}").diagnostics.isEmpty)
    }
}
