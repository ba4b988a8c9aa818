import Figures
import TeXMath

/// The site's stylesheet: readable type, light and dark themes through
/// `prefers-color-scheme`, a layout that folds to one column on a phone.
/// Figures take their ink from the `--fig-*` custom properties.
enum Stylesheet {
    /// The figures' custom properties, their background set to the page's.
    static func figureTheme(_ values: [(name: String, value: String)]) -> String {
        FigureTheme.declarations(values.filter { $0.name != "--fig-bg" } + [("--fig-bg", "var(--bg)")])
    }

    static let css = """
    :root {
      color-scheme: light dark;
      --bg: #fdfdfc;
      --fg: #1d1f21;
      --muted: #5c6166;
      --rule: #dcdfe3;
      --accent: #0b63b6;
      --accent-visited: #6a3fa0;
      --code-bg: #f3f4f6;
      --box-bg: #f6f8fa;
      --warn-bg: #fff6db;
      --warn-rule: #d9a400;
      --ok-bg: #eef7ef;
      --ok-rule: #2f8a3e;
      --scroll-shadow: rgba(0, 0, 0, 0.28);
      \(figureTheme(FigureTheme.lightDefaults))
      --font-body: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
      --font-mono: ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, Consolas, monospace;
    }
    @media (prefers-color-scheme: dark) {
      :root {
        --bg: #15171a;
        --fg: #e4e6e9;
        --muted: #a0a6ad;
        --rule: #33383e;
        --accent: #6cb6ff;
        --accent-visited: #c39bff;
        --code-bg: #1f2226;
        --box-bg: #1c1f23;
        --warn-bg: #2e2715;
        --warn-rule: #c89b1c;
        --ok-bg: #17251a;
        --ok-rule: #58b368;
        --scroll-shadow: rgba(255, 255, 255, 0.25);
        \(figureTheme(FigureTheme.darkDefaults))
      }
    }
    *, *::before, *::after { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
    body {
      margin: 0;
      background: var(--bg);
      color: var(--fg);
      font: 1.0625rem/1.65 var(--font-body);
    }
    a { color: var(--accent); text-underline-offset: 0.15em; }
    a:visited { color: var(--accent-visited); }
    .site-header {
      border-bottom: 1px solid var(--rule);
      padding: 0.75rem 1.25rem;
      display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; align-items: baseline;
    }
    .site-header a { color: var(--fg); text-decoration: none; font-weight: 600; }
    .site-header .crumb { color: var(--muted); font-size: 0.95rem; }
    .layout {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      max-width: 72rem;
      margin: 0 auto;
      padding: 0 1.25rem;
      gap: 2.5rem;
    }
    @media (min-width: 64rem) {
      .layout { grid-template-columns: 14rem minmax(0, 46rem); }
      .layout.single { grid-template-columns: minmax(0, 46rem); justify-content: center; }
      .outline { position: sticky; top: 1rem; align-self: start; max-height: calc(100vh - 2rem); overflow: auto; }
    }
    main { min-width: 0; padding-bottom: 3rem; }
    article { max-width: 46rem; }
    .outline { font-size: 0.9rem; padding-top: 2rem; }
    .outline h2 { border-top: 0; padding-top: 0; font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); margin: 0 0 0.5rem; }
    .outline ol { list-style: none; margin: 0; padding: 0; }
    .outline li { margin: 0.3rem 0; }
    .outline li.sub { padding-left: 1rem; }
    .outline a { color: var(--fg); text-decoration: none; }
    .outline a:hover { color: var(--accent); text-decoration: underline; }
    h1, h2, h3, h4 { line-height: 1.25; margin: 2rem 0 0.75rem; }
    h1 { font-size: 2.1rem; margin-top: 2rem; }
    h2 { font-size: 1.5rem; padding-top: 0.5rem; border-top: 1px solid var(--rule); }
    h3 { font-size: 1.2rem; }
    .anchor { color: var(--muted); text-decoration: none; font-weight: 400; opacity: 0; margin-left: 0.25rem; }
    h1:hover .anchor, h2:hover .anchor, h3:hover .anchor, h4:hover .anchor, .anchor:focus { opacity: 1; }
    p, ul, ol, blockquote, pre, table, figure { margin: 0 0 1rem; }
    ul.tasks { list-style: none; padding-left: 1.2rem; }
    blockquote { border-left: 4px solid var(--rule); margin-left: 0; padding: 0.1rem 1rem; color: var(--muted); }
    code { font-family: var(--font-mono); font-size: 0.9em; background: var(--code-bg); padding: 0.1em 0.3em; border-radius: 4px; }
    pre { background: var(--code-bg); padding: 0.9rem 1rem; border-radius: 6px; overflow-x: auto; line-height: 1.45; }
    pre code { background: none; padding: 0; font-size: 0.875rem; }
    hr { border: 0; border-top: 1px solid var(--rule); margin: 2rem 0; }
    img { max-width: 100%; height: auto; }
    .table-scroll { margin: 0 0 1rem; }
    /* Wide tables, display formulas and figures scroll sideways in their
       frame; a shadow at an edge shows that more lies beyond it (the
       covers scroll with the content, the shadows stay with the frame). */
    .table-scroll, .math-scroll, .figure-scroll {
      overflow-x: auto;
      background:
        linear-gradient(to right, var(--bg) 30%, transparent) left center / 2.5rem 100% no-repeat local,
        linear-gradient(to left, var(--bg) 30%, transparent) right center / 2.5rem 100% no-repeat local,
        radial-gradient(farthest-side at 0 50%, var(--scroll-shadow), transparent) left center / 0.9rem 100% no-repeat scroll,
        radial-gradient(farthest-side at 100% 50%, var(--scroll-shadow), transparent) right center / 0.9rem 100% no-repeat scroll,
        var(--bg);
    }
    .math-scroll { display: block; overflow-y: hidden; }
    /* A block formula's box is as wide as the formula, so the frame scrolls over all of it. */
    .math-scroll > math { width: max-content; min-width: 100%; }
    .figure-scroll > svg { min-width: var(--natural-width, 0); }
    .scroll-cue { display: none; font-size: 0.85rem; color: var(--muted); margin: 0.25rem 0 0; }
    @media (max-width: 42.5rem) { .scroll-cue { display: block; } }
    table { border-collapse: collapse; font-size: 0.95rem; font-variant-numeric: tabular-nums; }
    th, td { border-bottom: 1px solid var(--rule); padding: 0.35rem 0.75rem; text-align: left; vertical-align: top; }
    th { border-bottom-width: 2px; }
    \(MathStylesheet.css(fontURL: MathFont.siteFont))
    math { font-size: 1.1em; }
    math[display="block"] { margin: 1rem 0; }
    figure { margin: 1.5rem 0; }
    figure svg { width: 100%; height: auto; display: block; }
    figcaption { font-size: 0.95rem; color: var(--muted); margin-top: 0.5rem; }
    figcaption .label { color: var(--fg); font-weight: 600; }
    .figure-note { font-size: 0.95rem; color: var(--muted); }
    .directive {
      border: 1px dashed var(--warn-rule);
      background: var(--warn-bg);
      border-radius: 6px;
      padding: 0.75rem 1rem;
      margin: 1.5rem 0;
    }
    .directive .status { font-weight: 600; margin: 0 0 0.25rem; }
    .directive pre { background: var(--box-bg); margin: 0.5rem 0; }
    .directive .caption { color: var(--muted); margin: 0; }
    .warning { border-left: 4px solid var(--warn-rule); background: var(--warn-bg); padding: 0.5rem 0.75rem; border-radius: 4px; }
    table.metrics td { white-space: nowrap; }
    .table-data { font-size: 0.9rem; color: var(--muted); margin-top: 0.25rem; }
    .claim { border-left: 4px solid var(--ok-rule); background: var(--ok-bg); padding: 0.5rem 0.9rem; border-radius: 4px; margin: 1.25rem 0; }
    .claim.fails { border-left-color: var(--warn-rule); background: var(--warn-bg); }
    .claim p { margin: 0.35rem 0; }
    .claim .label { font-weight: 600; }
    .claim-status { font-weight: 600; color: var(--ok-rule); }
    .claim.fails .claim-status { color: var(--warn-rule); }
    .claim details { font-size: 0.92rem; }
    .claim details ul { margin: 0.25rem 0; padding-left: 1.25rem; overflow-wrap: anywhere; }
    .claim details code { overflow-wrap: anywhere; }
    .claim-ref { text-decoration: none; white-space: nowrap; }
    details.variant { border: 1px solid var(--rule); border-radius: 6px; padding: 0.5rem 0.9rem; margin: 1rem 0; }
    details.variant > summary { font-weight: 600; cursor: pointer; }
    .footnotes { border-top: 1px solid var(--rule); margin-top: 2.5rem; padding-top: 0.5rem; font-size: 0.95rem; }
    .pager { display: flex; justify-content: space-between; gap: 1rem; border-top: 1px solid var(--rule); margin-top: 3rem; padding-top: 1rem; }
    .pager a { text-decoration: none; display: block; max-width: 48%; }
    .pager .next { margin-left: auto; text-align: right; }
    .pager small { display: block; color: var(--muted); font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.05em; }
    .toc { list-style: none; padding: 0; counter-reset: lesson; }
    .toc li { border-top: 1px solid var(--rule); padding: 0.9rem 0; counter-increment: lesson; }
    .toc li::before { content: counter(lesson) "."; color: var(--muted); font-weight: 600; margin-right: 0.5rem; }
    .toc a { font-weight: 600; font-size: 1.1rem; text-decoration: none; }
    .toc p { margin: 0.25rem 0 0; color: var(--muted); }
    .byline { color: var(--muted); }
    .site-footer { border-top: 1px solid var(--rule); color: var(--muted); font-size: 0.85rem; padding: 1rem 1.25rem 2rem; text-align: center; }
    \(ReaderStyles.css)

    """
}
