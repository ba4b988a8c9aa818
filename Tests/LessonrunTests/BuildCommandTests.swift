import Foundation
import Testing

@Suite struct BuildCommandTests {
    @Test func buildsTheFixtureCourse() throws {
        let ws = try Workspace()
        try ws.copyFixture("course")
        let run = try Binary.run(["lessons"], in: ws.url)
        #expect(run.status == 0, "\(run.stderr)")
        for page in ["index.html", "01-prose.html", "02-directives.html", "style.css", "images/dot.svg", "manifest.json"] {
            #expect(ws.exists("output/\(page)"), "missing \(page)")
        }
        let index = try #require(ws.read("output/index.html"))
        #expect(index.contains("<h1>Fixture course</h1>"))
        #expect(index.contains("<a href=\"01-prose.html\">Prose, tables and math</a><p>Everything Markdown can do in a lesson.</p>"))
        #expect(index.contains("E. Chen, &quot;Exploring LSTMs&quot; (2017)"))
        let page = try #require(ws.read("output/01-prose.html"))
        #expect(page.contains("href=\"02-directives.html#a-figure\""))
        #expect(page.contains("<th style=\"text-align:center\">gates</th>"))
        #expect(page.contains("<img src=\"images/dot.svg\" alt=\"A small picture\" title=\"A dot\">"))
        #expect(page.contains("<a rel=\"next\"") || page.contains("rel=\"next\""))
        #expect(page.contains("<input type=\"checkbox\" disabled checked"))
        #expect(page.contains("<del>struck</del>"))
        #expect(page.contains("id=\"fn-1\""))
        #expect(page.contains("A price of $5 is not math."))
        #expect(!page.contains("<em>b$"))
        #expect(run.stderr.contains("built 17 pages"))  // lessons, index, bibliography, search, run page and each figure alone
    }

    @Test func missingPathIsAClearError() throws {
        let ws = try Workspace()
        let run = try Binary.run(["no-such-lessons"], in: ws.url)
        #expect(run.status == 1)
        #expect(run.stderr.contains("no-such-lessons:1:1: error: no such file or folder"))
        #expect(!ws.exists("output"))
    }

    /// The build replaces --out as a whole: pointing it at the lessons (or
    /// building from ".") must neither lose a lesson nor crash.
    @Test func outputThatWouldReplaceTheLessonsIsRefused() throws {
        let ws = try Workspace()
        try ws.copyFixture("course")
        let before = ws.snapshot("lessons")
        for out in ["lessons", ".", "lessons/site"] {
            let run = try Binary.run(["lessons", "--out", out], in: ws.url)
            #expect(run.status == 64, "--out \(out): \(run.stderr)")
            #expect(run.stderr.contains("the build replaces the output folder as a whole"))
        }
        #expect(ws.snapshot("lessons") == before)
        let fromInside = try Binary.run([".", "--out", "../site"], in: ws.url.appendingPathComponent("lessons"))
        #expect(fromInside.status == 0, "\(fromInside.stderr)")
        #expect(ws.exists("site/index.html"))
    }

    @Test func threeErrorsInOneFile() throws {
        let ws = try Workspace()
        try ws.write("lessons/01-bad.md", """
        ---
        titel: Bad
        ---
        # Bad lesson

        See [the missing lesson](09-missing.md).

        $$ x = 1
        """)
        let run = try Binary.run(["lessons"], in: ws.url)
        #expect(run.status == 1)
        let headlines = run.stderr.split(separator: "\n").filter { $0.hasPrefix("lessons/01-bad.md:") }
        #expect(headlines == [
            "lessons/01-bad.md:2:1: error: unknown key 'titel'",
            "lessons/01-bad.md:6:26: error: lesson '09-missing.md' not found",
            "lessons/01-bad.md:8:1: error: display math '$$' is never closed",
        ])
        #expect(run.stderr.contains("hint: did you mean 'title'?"))
        #expect(run.stderr.contains("3 errors"))
    }

    @Test func strictBuildOfACleanCourse() throws {
        let ws = try Workspace()
        try ws.copyFixture("course")
        let run = try Binary.run(["lessons", "--strict", "-q"], in: ws.url)
        #expect(run.status == 0, "\(run.stderr)")
    }

    @Test func buildsASingleLessonFile() throws {
        let ws = try Workspace()
        try ws.copyFixture("course")
        let run = try Binary.run(["lessons/01-prose.md", "--out", "site"], in: ws.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(ws.exists("site/01-prose.html"))
        #expect(!ws.exists("site/02-directives.html"))
    }

    @Test func checkReportsWithoutWriting() throws {
        let ws = try Workspace()
        try ws.copyFixture("course")
        let run = try Binary.run(["check", "lessons"], in: ws.url)
        #expect(run.status == 0)
        #expect(!ws.exists("output"))
    }

    @Test func versionAndHelp() throws {
        let ws = try Workspace()
        let version = try Binary.run(["--version"], in: ws.url)
        #expect(version.status == 0)
        #expect(version.stdout.hasPrefix("0."))
        let help = try Binary.run(["--help"], in: ws.url)
        #expect(help.stdout.contains("check"))
        #expect(help.stdout.contains("build"))
    }
}

@Suite struct MathInPagesTests {
    @Test func formulasBecomeMathMLWithLessonMacros() throws {
        let ws = try Workspace()
        try ws.copyFixture("course")
        try ws.write("lessons/03-math.md", """
        ---
        macros: \\newcommand{\\w}{\\mathbf{w}}
        ---
        # Math

        Inline $\\w \\cdot \\state$ and $\\h_\\tp$.

        $$
        \\newcommand{\\two}{2}
        $$

        Then $\\frac{1}{\\two}$.
        """)
        let run = try Binary.run(["lessons"], in: ws.url)
        #expect(run.status == 0, "\(run.stderr)")
        let page = try #require(ws.read("output/03-math.html"))
        #expect(page.contains("<mi>𝐰</mi>"))
        #expect(page.contains("<mi>𝐬</mi>"))
        #expect(page.contains("<mfrac><mn>1</mn><mn>2</mn></mfrac>"))
        #expect(page.contains("<annotation encoding=\"application/x-tex\">\\frac{1}{\\two}</annotation>"))
        #expect(ws.exists("output/fonts/latinmodern-math.otf"))
        #expect(ws.exists("output/fonts/GUST-FONT-LICENSE.txt"))
    }

    @Test func badFormulaIsALocatedError() throws {
        let ws = try Workspace()
        try ws.copyFixture("course")
        try ws.write("lessons/03-bad-math.md", "# Bad\n\nLet $\\frac{1}{\\sigmaa}$ be.\n")
        let run = try Binary.run(["lessons"], in: ws.url)
        #expect(run.status == 1)
        #expect(run.stderr.contains("lessons/03-bad-math.md:3:15: error: unknown command '\\sigmaa'"))
        #expect(!ws.exists("output"))
    }

    /// `check` runs the math check itself (not through the site): a bad formula in prose or
    /// in a directive's caption is the same located error as in a build, and nothing is written.
    @Test func checkReportsABadFormula() throws {
        let ws = try Workspace()
        try ws.copyFixture("course")
        try ws.write("lessons/03-bad-math.md", """
        # Bad

        Let $\\frac{1}{\\sigmaa}$ be.

        ```{function-plot} squash
        :functions: [tanh]
        The squashing function $\\tanhh(x)$.
        ```
        """)
        let run = try Binary.run(["check", "lessons"], in: ws.url)
        #expect(run.status == 1)
        #expect(run.stderr.contains("lessons/03-bad-math.md:3:15: error: unknown command '\\sigmaa'"), "\(run.stderr)")
        #expect(run.stderr.contains("lessons/03-bad-math.md:7:25: error: unknown command '\\tanhh'"), "\(run.stderr)")
        #expect(run.stderr.contains("2 errors"), "\(run.stderr)")
        #expect(!ws.exists("output"))
        #expect(!ws.exists(".lessonrun"))
    }
}

/// Help text is wrapped by the terminal's width, never by line breaks in the source.
@Suite struct HelpWrappingTests {
    @Test func discussionsWrapAtWordsNotMidSentence() throws {
        let ws = try Workspace()
        for command in ["build", "check", "verify", "clean", "reference", "serve", "new", "eval", "bench"] {
            let run = try Binary.run(["help", command], in: ws.url, environment: ["COLUMNS": "1000"])
            let head = run.stdout.components(separatedBy: "USAGE:").first ?? ""
            let lines = head.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for (line, next) in zip(lines, lines.dropFirst()) where !line.isEmpty && !next.isEmpty {
                let continues = next.first.map { $0.isLowercase } ?? false
                #expect(!continues, "'\(command)' help breaks a sentence: \(line) / \(next)")
            }
        }
    }
}

/// An --out that cannot take the site is refused with a suggestion that works.
@Suite struct OutSuggestionTests {
    @Test func theSuggestedOutWorks() throws {
        let ws = try Workspace()
        try ws.write("lessons/01-a.md", "# A\n\nText.\n")
        try ws.write("output/notes.txt", "mine")
        let refused = try Binary.run(["lessons", "--out", "output", "-q"], in: ws.url)
        #expect(refused.status == 64)
        let suggested = try #require(refused.stderr.firstMatch(of: /e\.g\. --out ([^\s,]+)/)).1
        #expect(suggested != "output")
        #expect(try Binary.run(["lessons", "--out", String(suggested), "-q"], in: ws.url).status == 0)
        #expect(ws.read("output/notes.txt") == "mine")
    }
}

/// Commands that run directives share one option group, with one range check.
@Suite struct SharedOptionTests {
    @Test func everyRunningCommandChecksJobs() throws {
        let ws = try Workspace()
        try ws.write("lessons/01-a.md", "# A\n\nText.\n")
        for command in [["build", "lessons"], ["verify", "lessons"], ["serve", "lessons"]] {
            let run = try Binary.run(command + ["--jobs", "0"], in: ws.url)
            #expect(run.status == 64, "\(command)")
            #expect(run.stderr.contains("--jobs must be between 1 and 256, got 0"), "\(command): \(run.stderr)")
        }
    }
}

/// Usage errors exit 64 with a message naming the option, for every command; enumerated
/// values are read as such when the arguments are parsed.
@Suite struct UsageErrorTests {
    static let cases: [([String], String)] = [
        (["serve", "lessons", "--port", "70000"], "--port must be between 0 and 65535, got 70000"),
        (["serve", "lessons", "--port=-1"], "--port must be between 0 and 65535, got -1"),
        (["bench", "--cells", "rnn,lsmt"], "The value 'rnn,lsmt' is invalid for '--cells <cells>'. Please provide one of 'rnn', 'lstm' or 'gru'."),
        (["bench", "--modes", "training,both"], "Please provide one of 'training' and 'inference'"),
        (["bench", "--hidden", "32,x"], "The value '32,x' is invalid for '--hidden <hidden>'"),
        (["bench", "--hidden", "32,0"], "--hidden wants sizes from 1 to"),
        (["bench", "--threads", "0"], "--threads must be between 1 and 256, got 0"),
        (["bench", "--threads", "100000"], "--threads must be between 1 and 256, got 100000"),
        (["eval", "--cell", "lstm", "--nonlinearity", "sigmoid", "--weights", "w", "--input", "x", "--output", "y"],
         "The value 'sigmoid' is invalid for '--nonlinearity <nonlinearity>'. Please provide one of 'tanh' and 'relu'."),
        (["eval", "--cell", "lstm", "--nonlinearity", "relu", "--weights", "w", "--input", "x", "--output", "y"],
         "--nonlinearity relu applies to --cell rnn only"),
        (["eval", "--cell", "cnn", "--weights", "w", "--input", "x", "--output", "y"], "Please provide one of 'rnn', 'lstm' or 'gru'"),
        (["eval", "--train", "--cell", "rnn", "--weights", "w", "--batches", "b", "--output", "y", "--optimizer", "adam(lr: 0.1"],
         "The value 'adam(lr: 0.1' is invalid for '--optimizer <optimizer>': no closing parenthesis"),
        (["build", "lessons", "--seed-offset=-1"], "--seed-offset must be between 0 and 1000000, got -1"),
        (["new", "lessons/02-b.txt"], "lessons/02-b.txt is not a Markdown file (lessons are .md files"),
        (["new", "lessons/02-b.md", "--title", "Two\nlines"], "--title: a title is one line of text"),
    ]

    @Test(arguments: cases)
    func exit64(arguments: [String], message: String) throws {
        let ws = try Workspace()
        try ws.write("lessons/01-a.md", "# A\n\nText.\n")
        let run = try Binary.run(arguments, in: ws.url)
        #expect(run.status == 64, "\(arguments): \(run.stderr)")
        #expect(run.stderr.contains(message), "\(arguments): \(run.stderr)")
    }

    /// Lists of enumerated values are read item by item, in the order given.
    @Test func benchReadsItsLists() throws {
        let ws = try Workspace()
        let run = try Binary.run(["bench", "--cells", "gru, rnn", "--hidden", "4", "--steps", "2", "--batch", "1", "--repeat", "1",
                                  "--warmup", "0", "--modes", "inference", "--json"], in: ws.url)
        #expect(run.status == 0, "\(run.stderr)")
        let cells = run.stdout.split(separator: "\n").compactMap { line in
            line.range(of: #""cell":""#).map { line[$0.upperBound...].prefix { $0 != "\"" } }
        }
        #expect(cells == ["gru", "rnn"], "\(run.stdout)")
    }
}

/// A lessonrun copied away from its resource folder still builds: the missing math font is a
/// warning (SwiftPM's own resource accessor would stop the program).
@Suite struct MissingResourcesTests {
    @Test func aCopiedBinaryWithoutItsResourcesWarnsAndBuilds() throws {
        let ws = try Workspace()
        let copy = ws.url.appendingPathComponent("lessonrun")
        try FileManager.default.copyItem(at: Binary.url, to: copy)
        try ws.write("lessons/01-t.md", "# T\n\nA formula: $x^2$.\n")
        let process = Process()
        process.executableURL = copy
        process.arguments = ["lessons", "--out", "site"]
        process.currentDirectoryURL = ws.url
        let err = Pipe()
        process.standardError = err
        process.standardOutput = Pipe()
        // A test running in parallel may fork while the copy's file is still open for writing,
        // and the child then holds it open: exec fails with "text file busy" until it execs too.
        for attempt in 1...20 {
            do {
                try process.run()
                break
            } catch where attempt < 20 {
                Thread.sleep(forTimeInterval: 0.05)
            }
        }
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(stderr)")
        #expect(stderr.contains("warning: the math font Latin Modern Math cannot be read"))
        #expect(ws.exists("site/01-t.html"))
    }
}
