import Foundation
import Lessons

/// The math font the site ships: Latin Modern Math from Debian's
/// `fonts-lmodern` (GUST Font License), copied with its license so pages
/// draw formulas the same everywhere, offline.
enum MathFont {
    static let fontPath = "/usr/share/texmf/fonts/opentype/public/lm-math/latinmodern-math.otf"
    static let licensePath = "/usr/share/texmf/doc/fonts/lm-math/GUST-FONT-LICENSE.txt"
    static let siteFont = "fonts/latinmodern-math.otf"
    static let siteLicense = "fonts/GUST-FONT-LICENSE.txt"

    /// The font and license files for the site, or a warning when the
    /// package is not installed (pages then use the reader's math font).
    static func files() -> ([String: [UInt8]], [Diagnostic]) {
        guard let font = FileManager.default.contents(atPath: fontPath),
              let license = FileManager.default.contents(atPath: licensePath) else {
            return ([:], [.warning(at: SourceLocation(path: fontPath, line: 1, column: 1),
                                   "the math font Latin Modern Math is not installed; formulas will use the browser's math font",
                                   hint: "install it with 'apt-get install fonts-lmodern' (scripts/setup.sh does)")])
        }
        return ([siteFont: Array(font), siteLicense: Array(license)], [])
    }
}
