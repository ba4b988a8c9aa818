/// The CSS custom properties figures read, with the fallbacks used when a page defines none.
///
/// Every colour in a figure comes from one of these through `var(--name, fallback)`, and text
/// and axes default to `currentColor`, so a page stylesheet themes figures for light and dark
/// by setting these properties (see `FigureTheme.lightDefaults` and `FigureTheme.darkDefaults`).
public enum FigureTheme {
    /// Series colours (Okabe–Ito: blue, vermillion, bluish green, reddish purple, then its orange
    /// and sky blue darkened to ochre and cerulean), each at least 3:1 in WCAG contrast on white and
    /// on near-black (#141414); Okabe–Ito's own orange and sky blue are only about 2.2:1 on white.
    public static let seriesFallbacks = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#B07D00", "#0E8DA8"]

    /// Suggested values for a light page. Only `--fig-bg` matters much: every other property has a
    /// fallback that reads on any background (ink is `currentColor`, grid and muted text are
    /// `currentColor` at reduced opacity, fills are translucent); series colours may be overridden.
    public static let lightDefaults: [(name: String, value: String)] = [
        ("--fig-bg", "#ffffff"),
        ("--fig-ink", "currentColor"),
        ("--fig-muted", "currentColor"),
        ("--fig-grid", "currentColor"),
        ("--fig-reference", "currentColor"),
        ("--fig-heat-pos", "#D55E00"),
        ("--fig-heat-neg", "#0072B2"),
        ("--fig-heat-seq", "#0072B2"),
        ("--fig-gate", "rgba(230, 159, 0, 0.2)"),
        ("--fig-op", "none"),
    ] + seriesFallbacks.enumerated().map { ("--fig-series-\($0.offset + 1)", $0.element) }

    /// Suggested values for a dark page (near-black background, light text): lighter series and
    /// heatmap hues, which the fallbacks are not.
    public static let darkDefaults: [(name: String, value: String)] = [
        ("--fig-bg", "#141414"),
        ("--fig-ink", "currentColor"),
        ("--fig-muted", "currentColor"),
        ("--fig-grid", "currentColor"),
        ("--fig-reference", "currentColor"),
        ("--fig-heat-pos", "#F07B3F"),
        ("--fig-heat-neg", "#4AA3E0"),
        ("--fig-heat-seq", "#56B4E9"),
        ("--fig-gate", "rgba(230, 159, 0, 0.22)"),
        ("--fig-op", "none"),
        ("--fig-series-1", "#4AA3E0"),
        ("--fig-series-2", "#F07B3F"),
        ("--fig-series-3", "#2DC897"),
        ("--fig-series-4", "#E29BC4"),
        ("--fig-series-5", "#F0B030"),
        ("--fig-series-6", "#8FD0F5"),
    ]

    /// A CSS declaration block (`--fig-ink: …; …`) for a stylesheet rule.
    public static func declarations(_ values: [(name: String, value: String)]) -> String {
        values.map { "\($0.name): \($0.value);" }.joined(separator: " ")
    }

    static let fontStack = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"

    /// `var(--fig-series-n, fallback)` for a 0-based series index; colours repeat after six.
    static func seriesColor(_ index: Int) -> String {
        let slot = max(0, index) % seriesFallbacks.count
        return "var(--fig-series-\(slot + 1), \(seriesFallbacks[slot]))"
    }

    /// Dash pattern that tells apart series whose colours repeat.
    static func seriesDash(_ index: Int) -> String? {
        let patterns: [String?] = [nil, "6 3", "2 3", "8 3 2 3"]
        return patterns[(max(0, index) / seriesFallbacks.count) % patterns.count]
    }

    /// The style sheet shared by all figures, scoped to one figure's root id, with stroke (`.sN`)
    /// and fill (`.fN`) classes for each palette index in `seriesColors`.
    static func styleSheet(scope: String, seriesColors: [Int]) -> String {
        let s = "#" + scope + " "
        var rules = [
            s + "text{fill:var(--fig-ink,currentColor)}",
            s + ".mu{fill:var(--fig-muted,currentColor);fill-opacity:.72}",
            s + ".ax{stroke:var(--fig-ink,currentColor);fill:none}",
            s + ".gr{stroke:var(--fig-grid,currentColor);stroke-opacity:.16;fill:none}",
            s + ".rf{stroke:var(--fig-reference,currentColor);stroke-opacity:.7;fill:none;stroke-dasharray:5 4}",
            // A halo behind labels over data; without a declared background there is none.
            s + ".ha{stroke:var(--fig-bg,transparent);stroke-width:3px;stroke-linejoin:round;paint-order:stroke}",
        ]
        for index in Set(seriesColors.filter { $0 >= 0 }).sorted() {
            let color = seriesColor(index)
            rules.append(s + ".s\(index){stroke:\(color);fill:none}")
            rules.append(s + ".f\(index){fill:\(color)}")
        }
        return rules.joined()
    }
}
