import Markdown

extension Reference {
    /// Admonitions, citations and numbered equations: what authors write
    /// beside the directives.
    static var authoringSection: String {
        let kinds = Admonition.Kind.allCases.map { "`{\($0.rawValue)}`" }.joined(separator: ", ")
        let alerts = Admonition.Kind.alertNames.map { "`[!\($0)]`" }.joined(separator: ", ")
        let fields = BibEntry.Field.allCases.map(\.rawValue).joined(separator: ", ")
        let types = BibEntry.EntryType.allCases.map { "`@\($0.rawValue)`" }.joined(separator: ", ")
        return """
        ## Admonitions

        A fenced block ```` ```{note} ```` holds Markdown (math, roles, lists, even
        directives) shown in a titled box: \(kinds). A title may follow the kind
        (```` ```{tip} Before you run it ````). GitHub's alerts work too, as a quote
        whose first line is \(alerts). MyST colon fences (`:::{tip}`), options such
        as `:class:` and unknown alerts (`> [!NOTES]`) are warnings: they would
        otherwise print as text.

        ## Citations

        `course.yml` names a BibTeX file (`bibliography: references.bib`, relative
        to the lessons folder) and a style (`citations: author-year`, the default, or
        `citations: numeric`).

        - `` {cite}`gers2000` `` reads "(Gers et al. 2000)" (numeric: "[1]"); several
          keys are separated by commas: `` {cite}`gers2000, cho2014` ``.
        - `` {cite:t}`gers2000` `` is part of the sentence: "Gers et al. (2000)"
          (numeric: "Gers et al. [1]"). `{cite:p}` is `{cite}`.
        - Each lesson ends with a generated reference list of the works it cites;
          `bibliography.html` lists every work with the lessons that cite it.
        - An unknown key is an error with a did-you-mean.

        The BibTeX file may hold \(types) entries with the fields \(fields)
        (others, such as `abstract` or `month`, are accepted and ignored). `author`,
        `title` and `year` are required; authors are separated by `and`, written
        "Last, First" or "First Last"; values go in braces or quotes (a year may be a
        bare number); `{\\"o}`, `\\'e` and `--` are read as ö, é and –. `doi` and
        `eprint` (an arXiv id) become links. Errors point at the line and column in
        the .bib file.

        ## Equations

        A display formula with `\\label{eq:bptt}` is numbered per lesson: the first
        labelled formula of lesson 5 is "(5.1)". `` {eq}`eq:bptt` `` links to it
        from any lesson and reads "(5.1)". `\\tag{*}` shows "(*)" instead of a
        number. Figures are numbered separately. A label in inline math, two labels
        in one formula, a label used twice and an unknown `{eq}` are errors.


        """
    }
}
