/// Styles for what authors write beyond prose and figures: admonitions,
/// citations and reference lists, numbered equations. Kept apart from the
/// main stylesheet so each part stays small; it uses the same custom
/// properties, so both themes follow.
enum AuthoringStyles {
    static let css = """
    .admonition { border-left: 4px solid var(--accent); background: var(--box-bg); border-radius: 0 6px 6px 0; padding: 0.6rem 1rem 0.1rem; margin: 0 0 1rem; }
    .admonition-title { font-weight: 600; margin: 0 0 0.4rem; }
    .admonition.tip { border-left-color: var(--ok-rule); background: var(--ok-bg); }
    .admonition.warning, .admonition.caution, .admonition.important { border-left-color: var(--warn-rule); background: var(--warn-bg); }
    .admonition > :last-child { margin-bottom: 0.6rem; }
    .citation a { text-decoration: none; }
    .citation a:hover { text-decoration: underline; }
    .references { margin-top: 2rem; }
    .references li { margin-bottom: 0.4rem; }
    .references .cited-in { color: var(--muted); font-size: 0.9em; }
    .equation { display: flex; align-items: center; gap: 1rem; margin: 1rem 0; }
    .equation > math { flex: 1; margin: 0; }
    .equation-number { color: var(--muted); white-space: nowrap; }
    .equation:target { background: var(--box-bg); }

    """
}
