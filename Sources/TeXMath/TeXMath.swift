// TeXMath target; see DESIGN.md.
