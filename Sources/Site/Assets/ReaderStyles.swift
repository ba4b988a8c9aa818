import Figures

/// Rules for the reader's tools: the skip link, the search form and page,
/// the outline's current section, source links, "Reproduce" blocks, and a
/// clean printed page (light colours whatever the screen's theme).
enum ReaderStyles {
    static let css = """
    .skip-link { position: absolute; left: 0.5rem; top: -3rem; background: var(--bg); color: var(--accent); padding: 0.4rem 0.8rem; border: 2px solid var(--accent); border-radius: 4px; z-index: 10; }
    .skip-link:focus { top: 0.5rem; }
    .site-header .search-form { margin-left: auto; display: flex; gap: 0.4rem; }
    .search-form input, .search-page input { font: inherit; font-size: 0.95rem; color: var(--fg); background: var(--bg); border: 1px solid var(--rule); border-radius: 4px; padding: 0.2rem 0.5rem; min-width: 0; width: 12rem; }
    .search-form button, .search-page button { font: inherit; font-size: 0.9rem; color: var(--fg); background: var(--box-bg); border: 1px solid var(--rule); border-radius: 4px; padding: 0.2rem 0.6rem; cursor: pointer; }
    .search-page { display: flex; gap: 0.5rem; margin: 0 0 1rem; }
    .search-page input { flex: 1; width: auto; font-size: 1.05rem; padding: 0.35rem 0.6rem; }
    .search-results { list-style: none; padding: 0; }
    .search-results li { border-top: 1px solid var(--rule); padding: 0.6rem 0; }
    .search-results a { font-weight: 600; text-decoration: none; }
    .search-results small { color: var(--muted); margin-left: 0.5rem; }
    .search-results p { margin: 0.2rem 0 0; color: var(--muted); font-size: 0.95rem; }
    mark { background: var(--warn-bg); color: var(--fg); box-shadow: 0 0 0 1px var(--warn-rule); border-radius: 2px; }
    .outline a[aria-current] { color: var(--accent); font-weight: 600; box-shadow: inset 3px 0 0 var(--accent); padding-left: 0.5rem; }
    .page-source { font-size: 0.9rem; color: var(--muted); border-top: 1px solid var(--rule); padding-top: 0.75rem; margin-top: 2.5rem; }
    figcaption .alone { white-space: nowrap; }
    details.reproduce { font-size: 0.92rem; margin: -1rem 0 1.5rem; }
    details.reproduce > summary { cursor: pointer; color: var(--muted); width: max-content; }
    details.reproduce[open] { border: 1px solid var(--rule); border-radius: 6px; padding: 0.4rem 0.8rem; }
    details.reproduce pre { font-size: 0.85rem; margin: 0.4rem 0; }
    details.reproduce p { margin: 0.4rem 0; }
    @media print {
      :root { color-scheme: light; --bg: #fff; --fg: #000; --muted: #333; --rule: #bbb; --code-bg: #f3f4f6; --box-bg: #f6f8fa; \(Stylesheet.figureTheme(FigureTheme.lightDefaults)) }
      body { font-size: 11pt; line-height: 1.5; }
      .skip-link, .site-header .search-form, .outline, .pager, .anchor, .scroll-cue, details.reproduce, figcaption .alone, .page-source { display: none; }
      .site-header { border-bottom: 1px solid #999; padding: 0 0 0.5rem; }
      .layout, .layout.single { display: block; max-width: none; padding: 0; }
      .figure-scroll, .table-scroll, .math-scroll { overflow: visible; background: none; }
      .figure-scroll > svg { min-width: 0; }
      figure, .claim, .table-scroll, pre, math[display="block"] { break-inside: avoid; }
      h1, h2, h3, h4 { break-after: avoid; }
      a { color: inherit; }
      .site-footer { padding: 0.5rem 0 0; }
    }
    """
}
