// Markdown target; see DESIGN.md.
