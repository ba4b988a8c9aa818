// Figures target; see DESIGN.md.
