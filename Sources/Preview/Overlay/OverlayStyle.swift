/// The overlay's style, every rule under `#lessonrun-overlay` so the page's
/// own stylesheet and the overlay leave each other alone. Light and dark
/// follow the reader's `prefers-color-scheme`, like the site.
enum OverlayStyle {
    static let css = """
    #lessonrun-overlay { --lr-bg: #fffafa; --lr-fg: #1f1f24; --lr-muted: #5a5a66; --lr-red: #b3261e;
      --lr-amber: #8a5a00; --lr-code: #f3eeee; --lr-rule: #e6d3d3;
      position: fixed; inset: 0; z-index: 2147483647; background: rgba(20, 20, 28, 0.45);
      overflow: auto; padding: 2rem 1rem; box-sizing: border-box; color-scheme: light dark; }
    @media (prefers-color-scheme: dark) {
      #lessonrun-overlay { --lr-bg: #1d1b1f; --lr-fg: #ece8ea; --lr-muted: #b4adb2; --lr-red: #ff8a80;
        --lr-amber: #ffcc66; --lr-code: #2a2629; --lr-rule: #4a3b3f; background: rgba(0, 0, 0, 0.6); }
    }
    #lessonrun-overlay * { box-sizing: border-box; }
    #lessonrun-overlay .lr-panel { max-width: 56rem; margin: 0 auto; background: var(--lr-bg); color: var(--lr-fg);
      border-top: 6px solid var(--lr-red); border-radius: 8px; padding: 1.25rem 1.5rem 1.5rem;
      box-shadow: 0 12px 40px rgba(0, 0, 0, 0.35);
      font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: left; }
    #lessonrun-overlay .lr-top { display: flex; align-items: center; justify-content: space-between; gap: 1rem; }
    #lessonrun-overlay h2 { margin: 0; font-size: 1.25rem; color: var(--lr-red); border: 0; padding: 0; }
    #lessonrun-overlay .lr-close { font: inherit; font-size: 0.9rem; color: var(--lr-fg); background: transparent;
      border: 1px solid var(--lr-rule); border-radius: 6px; padding: 0.25rem 0.75rem; cursor: pointer; }
    #lessonrun-overlay .lr-note { margin: 0.5rem 0 1rem; color: var(--lr-muted); font-size: 0.95rem; }
    #lessonrun-overlay .lr-list { list-style: none; margin: 0; padding: 0; }
    #lessonrun-overlay .lr-item { border-top: 1px solid var(--lr-rule); padding: 0.85rem 0 0.5rem; margin: 0; }
    #lessonrun-overlay .lr-head { margin: 0 0 0.5rem; font: 600 0.95rem/1.45 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace;
      overflow-wrap: anywhere; }
    #lessonrun-overlay .lr-sev { color: var(--lr-red); }
    #lessonrun-overlay .lr-warning .lr-sev { color: var(--lr-amber); }
    #lessonrun-overlay .lr-source { margin: 0 0 0.5rem; padding: 0.6rem 0.8rem; background: var(--lr-code); color: var(--lr-fg);
      border-radius: 6px; overflow-x: auto; font: 0.9rem/1.45 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
    #lessonrun-overlay .lr-source code { font: inherit; background: none; padding: 0; color: inherit; }
    #lessonrun-overlay .lr-caret { color: var(--lr-red); font-weight: 700; }
    #lessonrun-overlay .lr-hint { margin: 0; font-size: 0.95rem; }
    #lessonrun-overlay .lr-hint strong { color: var(--lr-muted); }
    """
}
