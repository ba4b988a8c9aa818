import Foundation
import Lessons
import Testing
@testable import Preview

@Suite struct ServingPiecesTests {
    @Test(arguments: [
        ("index.html", "text/html; charset=utf-8"),
        ("style.css", "text/css; charset=utf-8"),
        ("images/dot.SVG", "image/svg+xml"),
        ("a.png", "image/png"),
        ("a.jpg", "image/jpeg"),
        ("data/fig.json", "application/json"),
        ("data/fig.csv", "text/csv; charset=utf-8"),
        ("notes.txt", "text/plain; charset=utf-8"),
        ("data/weights.safetensors", "application/octet-stream"),
        ("fonts/a.woff2", "font/woff2"),
        ("fonts/a.otf", "font/otf"),
        ("Makefile", "application/octet-stream"),
        (".hidden", "application/octet-stream"),
    ])
    func contentTypes(path: String, expected: String) {
        #expect(ContentType.forPath(path) == expected)
    }

    @Test func injectsBeforeTheLastBodyEnd() {
        let page = "<html><body><pre>&lt;/body&gt;</pre></BODY></html>"
        #expect(HTMLInjection.insert("<x>", into: page) == "<html><body><pre>&lt;/body&gt;</pre><x></BODY></html>")
        #expect(HTMLInjection.insert("<x>", into: "fragment") == "fragment<x>")
    }

    @Test func reloadScriptNamesTheGenerationAndTheStream() {
        let script = ReloadScript.element(generation: 7)
        #expect(script.contains("var served = \"7\";"))
        #expect(script.contains("new EventSource(\"/__lessonrun/events\")"))
        #expect(script.contains("location.reload()"))
    }

    @Test func overlayListsEachDiagnosticEscaped() {
        let source = SourceFile(path: "lessons/01-a.md", text: "---\ntitel: <b>Bad</b>\n---\n")
        let report = DiagnosticReport(diagnostics: [
            .error(at: source.location(2, 1), "unknown key 'titel'", hint: "did you mean 'title'?", length: 5),
            .warning(at: SourceLocation(path: "lessons/02-b.md", line: 4, column: 2), "a <script> & more"),
        ], sources: [source.path: source])
        let html = ErrorOverlay.html(for: report)
        #expect(html.contains("Build failed: 1 error, 1 warning"))
        #expect(html.contains("<span class=\"lr-loc\">lessons/01-a.md:2:1</span>: <span class=\"lr-sev\">error</span>: unknown key 'titel'"))
        #expect(html.contains("<code>titel: &lt;b&gt;Bad&lt;/b&gt;\n<span class=\"lr-caret\">^~~~~</span></code>"))
        #expect(html.contains("<strong>hint:</strong> did you mean 'title'?"))
        #expect(html.contains("a &lt;script&gt; &amp; more"))
        #expect(!html.contains("<b>Bad"))
        #expect(html.contains("prefers-color-scheme: dark"))
    }

    @Test func hubSendsHelloThenReloads() async {
        let hub = ReloadHub()
        let stream = await hub.subscribe(generation: 3)
        await hub.publish(generation: 4)
        var iterator = stream.makeAsyncIterator()
        let hello = await iterator.next()
        let reload = await iterator.next()
        #expect(hello?.contains("event: hello\ndata: 3\n\n") == true)
        #expect(reload == "event: reload\ndata: 4\n\n")
        await hub.finishAll()
        #expect(await iterator.next() == nil)
        #expect(await hub.listenerCount == 0)
    }
}

/// The overlay shows a window of a long source line, so the caret stays in view.
@Suite struct OverlayWindowTests {
    @Test func theCaretStaysInViewOnALongLine() {
        let line = String(repeating: "a", count: 500) + "ERROR" + String(repeating: "b", count: 500)
        let (text, column) = ErrorOverlay.window(of: line, around: 501)
        #expect(text.count <= ErrorOverlay.windowWidth + 2)
        #expect(text.hasPrefix("…") && text.hasSuffix("…"))
        let characters = Array(text)
        #expect(String(characters[(column - 1)..<(column + 4)]) == "ERROR")
        let short = ErrorOverlay.window(of: "let x = 1", around: 5)
        #expect(short.text == "let x = 1" && short.column == 5)
        let end = ErrorOverlay.window(of: String(repeating: "c", count: 300) + "!", around: 301)
        #expect(Array(end.text)[end.column - 1] == "!" && !end.text.hasSuffix("…"))
    }
}
