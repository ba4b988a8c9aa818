import Testing
@testable import Site

/// A figure keeps its natural width and scrolls on a narrow screen.
@Suite struct FigureFrameTests {
    @Test func naturalWidthIsTheWidestViewBox() {
        let two = "<svg viewBox=\"0 0 640 360\"><marker viewBox=\"0 0 10 10\"/></svg>\n<svg id=\"b\" viewBox=\"0 0 526.5 326\"></svg>"
        #expect(FigureFrame.naturalWidth(two) == 640)
        #expect(FigureFrame.naturalWidth("<svg viewBox=\"0 0 526.5 326\"></svg>") == 527)
        #expect(FigureFrame.naturalWidth("<p>no drawing</p>") == nil)
    }

    @Test func frameHoldsTheWidthAndTheCue() {
        let html = FigureFrame.html("<svg viewBox=\"0 0 612 326\"></svg>", label: "Figure 5.2", cue: ", or open it alone")
        #expect(html.contains("<div class=\"figure-scroll\" style=\"--natural-width:612px\" tabindex=\"0\" role=\"region\" aria-label=\"Figure 5.2, scrolls sideways\">"))
        #expect(html.contains("<p class=\"scroll-cue\">⟷ Scroll the figure sideways, or open it alone.</p>"))
        #expect(!FigureFrame.html("<svg viewBox=\"0 0 612 326\"></svg>", label: "F").contains("scroll-cue"))
    }
}
