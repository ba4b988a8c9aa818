import Lessons

/// "Run this course yourself": how a student gets lessonrun, rebuilds every
/// figure and checks the result against the published site.
struct RunPage {
    static let path = "run-this-course.html"
    static let title = "Run this course yourself"

    var course: Course

    func render() -> String {
        let links = RepositoryLinks(course: course)
        let folder = links.folder.htmlEscaped
        var body = "<article>\n<h1>\(Self.title)</h1>\n"
        body += "<p>Every number and figure in these lessons comes from experiments that lessonrun runs when it builds the site. Its engine gives the same bits for the same seed on any machine, so you can rebuild the course and get exactly the published figures.</p>\n"
        body += "<h2 id=\"get-lessonrun\">1. Get lessonrun and the lessons</h2>\n"
        if let repository = course.config.repository {
            body += "<p>On Debian or Ubuntu with the Swift 6.3 toolchain, clone <a href=\"\(repository.htmlEscaped)\">the course’s repository</a> and build lessonrun:</p>\n"
            body += "<pre><code>git clone \(repository.htmlEscaped)\ncd \(Self.folderName(repository).htmlEscaped)\nscripts/build.sh</code></pre>\n"
        } else {
            body += "<p>On Debian or Ubuntu with the Swift 6.3 toolchain, get the course’s repository (its lessons are in <code>\(folder)/</code>) and build lessonrun in it:</p>\n"
            body += "<pre><code>scripts/build.sh</code></pre>\n"
        }
        body += "<p><code>scripts/build.sh</code> installs the Markdown library if it is missing, builds lessonrun in release mode and builds the lessons. Put <code>.build/release/lessonrun</code> on your <code>PATH</code> to type the commands below.</p>\n"
        body += "<h2 id=\"build\">2. Build the course</h2>\n"
        body += "<pre><code>lessonrun \(folder)</code></pre>\n"
        body += "<p>This checks every lesson, trains every model the lessons ask for and writes the site into <code>output/</code>; open <code>output/index.html</code>. The first build takes a few minutes; results are cached in <code>.lessonrun/</code>, so a second build only re-runs what changed. Each figure’s “Reproduce” block shows the directive that made it.</p>\n"
        body += "<h2 id=\"verify\">3. Verify the published figures</h2>\n"
        body += "<pre><code>lessonrun verify \(folder)</code></pre>\n"
        body += "<p><code>verify</code> re-runs every directive from scratch, without the cache, and compares the data behind each figure and table with the SHA-256 hash listed in <code>output/manifest.json</code>. It prints each figure as reproduced or as differing, and exits with status 1 if any differs.</p>\n"
        body += "<h2 id=\"what-verify-proves\">What verify proves</h2>\n<ul>\n"
        body += "<li>When it passes, your machine computed the same numbers, bit for bit, as the machine that published the site: every loss curve, gate trace, gradient norm and table comes from the lessons as written, with the seeds they name.</li>\n"
        body += "<li>It checks data, not drawings: the SVG and the prose are not compared, and a figure that never ran cannot be verified.</li>\n"
        body += "<li>It does not prove that the lessons’ claims are true in general: only that these runs, with these seeds, give these results. The claims the build checks say how many seeds they rest on.</li>\n"
        body += "</ul>\n"
        body += "<h2 id=\"change-it\">4. Change something</h2>\n"
        body += "<p>Edit an experiment in a lesson (more steps, another seed, a different forget bias) and build again: only that experiment and the figures that read it run again. <code>lessonrun check \(folder)</code> reports mistakes in a lesson without running anything.</p>\n"
        body += "</article>\n"
        let meta = PageMeta(title: Self.title, path: Self.path,
                            description: "How to rebuild every figure of \(course.config.title) and check it against the published site.")
        return PageLayout(course: course.config).page(meta, outline: "", body: body)
    }

    /// The folder `git clone` makes: the address's last part without `.git`.
    static func folderName(_ repository: String) -> String {
        let last = repository.split(separator: "/").last.map(String.init) ?? "course"
        return last.hasSuffix(".git") ? String(last.dropLast(4)) : last
    }
}
