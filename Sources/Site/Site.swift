// Site target; see DESIGN.md.
