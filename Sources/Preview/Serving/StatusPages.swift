import Site

/// Small pages for requests the site cannot answer, styled like the site in
/// light and dark, with a way back to the index.
enum StatusPages {
    static func notFound(path: String, building: Bool) -> String {
        page(title: building ? "Building the site" : "Not found",
             message: building
                ? "The site is being built; this page reloads when the build is done."
                : "There is no page at <code>\(path.htmlEscaped)</code> in the built site.")
    }

    static func forbidden() -> String {
        page(title: "Forbidden", message: "The preview server only sends files inside the site folder.")
    }

    private static func page(title: String, message: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title)</title>
        <style>
        :root { color-scheme: light dark; --bg: #fdfdfc; --fg: #1f1f24; --muted: #5a5a66; --accent: #1d5fbf; }
        @media (prefers-color-scheme: dark) { :root { --bg: #16161a; --fg: #e8e6e3; --muted: #a9a7b0; --accent: #8ab4f8; } }
        body { margin: 0; background: var(--bg); color: var(--fg); font: 17px/1.6 system-ui, sans-serif; }
        main { max-width: 36rem; margin: 15vh auto; padding: 0 1.25rem; }
        h1 { font-size: 1.6rem; margin: 0 0 0.5rem; }
        p { color: var(--muted); }
        a { color: var(--accent); }
        code { font-family: ui-monospace, Menlo, Consolas, monospace; color: var(--fg); }
        </style>
        </head>
        <body>
        <main>
        <h1>\(title)</h1>
        <p>\(message)</p>
        <p><a href="/">Back to the course index</a></p>
        </main>
        </body>
        </html>

        """
    }
}
