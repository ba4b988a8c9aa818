import Foundation
import Lessons
import TextTools

/// `lessonrun new`: a lesson to start from, with every part a lesson usually
/// has (front matter, learning goals, an equation, a function plot, an
/// experiment, exercises, references), that checks and builds as it is.
public struct LessonSkeleton: Sendable {
    public var title: String
    /// A prefix for the directive names, from the file name, so that two new
    /// lessons in one course never declare the same figure name.
    public var slug: String
    /// The commands the course's macros file defines (`h`, `x`, `W`, `tp`, …):
    /// the skeleton writes its equation in the course's notation when they are there.
    public var macros: Set<String>

    public init(title: String, slug: String, macros: Set<String> = []) {
        self.title = title
        self.slug = slug
        self.macros = macros
    }

    /// The skeleton for a file such as `lessons/09-my-topic.md`: title "My
    /// topic" unless one is given, directive names `my-topic-…`.
    public init(fileName: String, title: String? = nil, macros: Set<String> = []) {
        let stem = Self.stem(of: fileName)
        let words = stem.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " }).joined(separator: " ")
        let slug = stem.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }
            .split(separator: "-", omittingEmptySubsequences: true).map { String($0) }.joined(separator: "-")
        let chosen = title?.trimmingCharacters(in: .whitespacesAndNewlines)
        self.init(title: (chosen?.isEmpty == false ? chosen : nil) ?? Self.sentenceCase(words),
                  slug: slug.isEmpty ? "lesson" : slug, macros: macros)
    }

    /// `09-my-topic.md` → `my-topic`: no folder, extension or order number.
    static func stem(of fileName: String) -> String {
        let last = LocalPath(fileName).lastComponent ?? fileName
        let name = last.lastIndex(of: ".").map { $0 == last.startIndex ? last : String(last[..<$0]) } ?? last
        let withoutNumber = name.drop { $0.isNumber }
        let trimmed = withoutNumber.drop { $0 == "-" || $0 == "_" || $0 == " " || $0 == "." }
        return trimmed.isEmpty ? name : String(trimmed)
    }

    /// "my topic" → "My topic"; an empty name → "New lesson".
    static func sentenceCase(_ words: String) -> String {
        guard let first = words.first else { return "New lesson" }
        return first.uppercased() + words.dropFirst()
    }

    /// The Markdown text of the new lesson.
    public var text: String {
        """
        ---
        title: \(yamlTitle)
        summary: One sentence that tells a student what this lesson is about.
        ---

        # \(title)

        Learning goals:

        - say in your own words what a gate does to the signal passing through it
        - read a training curve against its baseline
        - change one option of an experiment and predict what the figure will show

        ## The idea

        A recurrent network keeps a hidden state \(stateEquation) and
        updates it once per step. A gate multiplies a signal by a number between 0 and 1,
        so it can let the signal through, hold it back, or anything in between.

        ```{function-plot} \(slug)-squash
        :functions: [sigmoid, tanh]
        :x: -6...6
        The sigmoid squashes any input into (0, 1), the range of a gate; tanh squashes
        into (−1, 1), the range of a candidate value.
        ```

        ## An experiment

        The adding problem asks a network to add the two numbers marked in a long sequence;
        always answering 1 scores a mean squared error of 1/6, the baseline to beat.

        ```{experiment} \(slug)-adding
        :task: adding(length: 20)
        :models: [lstm(hidden: 8), gru(hidden: 8)]
        :steps: 200
        Replace this caption with what the figure shows: which model leaves the
        baseline first, and why.
        ```

        ## Try it

        1. Raise `:steps:` to 1000 and watch whether both curves fall below the baseline.
        2. Add `rnn(hidden: 8)` to `:models:`, then make the sequence longer with
           `adding(length: 100)`. Which model falls behind?
        3. Widen the function plot to `:x: -10...10` and find where the sigmoid saturates.

        ## References

        - S. Hochreiter and J. Schmidhuber, "Long Short-Term Memory", *Neural Computation* 9(8), 1997.
        - C. Olah, "Understanding LSTM Networks", 2015.

        """
    }

    /// The state update, in the course's macros when it defines them.
    var stateEquation: String {
        if ["h", "x", "W", "b", "tp"].allSatisfy(macros.contains) {
            return "$\\h_\\tp = \\tanh\\left(\\W_{xh}\\,\\x_\\tp + \\W_{hh}\\,\\h_{(t-1)} + \\b_h\\right)$"
        }
        return "$h_t = \\tanh(W x_t + U h_{t-1} + b)$"
    }

    /// The commands a macros file defines with `\\newcommand{\\name}` or `\\newcommand\\name`.
    public static func definedCommands(in text: String) -> Set<String> {
        var names: Set<String> = []
        var rest = Substring(text)
        while let range = rest.range(of: "\\newcommand") {
            rest = rest[range.upperBound...].drop { $0 == " " || $0 == "{" }
            guard rest.first == "\\" else { continue }
            let name = rest.dropFirst().prefix { $0.isLetter }
            if !name.isEmpty { names.insert(String(name)) }
            rest = rest.dropFirst(name.count + 1)
        }
        return names
    }

    /// The title as a YAML scalar: quoted when plain YAML would misread it, as a
    /// JSON string literal (which YAML reads as a double-quoted scalar).
    var yamlTitle: String {
        let special = ":#[]{},&*!|>'\"%@`"
        let needsQuotes = title.contains(where: { special.contains($0) }) || title.hasPrefix("-") || title.hasPrefix("?")
            || title != title.trimmingCharacters(in: .whitespaces) || title.unicodeScalars.contains { $0.value < 0x20 }
        return needsQuotes ? JSONEscaping.quoted(title) : title
    }

    /// Writes the skeleton to `path`, creating its folder if needed; never
    /// replaces an existing file.
    public func write(to path: String) throws(NewLessonError) {
        if let problem = Self.problem(path: path) { throw problem }
        let fm = FileManager.default
        if fm.fileExists(atPath: path) { throw .exists(path: path) }
        let folder = LocalPath(path).parent.string
        do {
            try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: path, reason: ErrorText.plain(error))
        }
        // O_EXCL: even a file that appears between the check and the write
        // is not overwritten.
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard fd >= 0 else {
            if errno == EEXIST { throw .exists(path: path) }
            throw .cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: Data(text.utf8))
            try handle.close()
        } catch {
            throw .cannotWrite(path: path, reason: ErrorText.plain(error))
        }
    }
}

extension LessonSkeleton {
    /// What is wrong with `path` as a new lesson's file name, before anything is looked at.
    public static func problem(path: String) -> NewLessonError? {
        path.lowercased().hasSuffix(".md") ? nil : .notMarkdown(path: path)
    }

    /// What is wrong with `title` as a lesson title: it goes on one line of the front matter.
    public static func problem(title: String) -> String? {
        title.unicodeScalars.contains { $0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}" }
            ? "a title is one line of text, without line breaks or control characters" : nil
    }
}

/// Why `lessonrun new` wrote nothing.
public enum NewLessonError: Error, Equatable, CustomStringConvertible {
    case exists(path: String)
    case notMarkdown(path: String)
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .exists(let path): "\(path) already exists; it was left as it was"
        case .notMarkdown(let path): "\(path) is not a Markdown file"
        case .cannotWrite(let path, let reason): "cannot write \(path): \(reason)"
        }
    }

    /// What to do about it.
    public var hint: String {
        switch self {
        case .exists: "choose another file name, or delete the file first"
        case .notMarkdown: "lessons are .md files, e.g. lessons/09-my-topic.md"
        case .cannotWrite: "check that the folder is writable"
        }
    }
}
