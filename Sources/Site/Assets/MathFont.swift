import Foundation
import Lessons

/// The math font the site ships: Latin Modern Math (GUST Font License), a resource of this
/// target (`Resources/Fonts`, with its license and origin), copied into every site with its
/// license so pages draw formulas the same everywhere, offline.
enum MathFont {
    static let siteFont = "fonts/latinmodern-math.otf"
    static let siteLicense = "fonts/GUST-FONT-LICENSE.txt"

    /// The font and license files for the site, or a warning when they cannot be read from
    /// the resource bundle (pages then use the reader's math font).
    static func files() -> ([String: [UInt8]], [Diagnostic]) {
        do {
            return ([siteFont: try resource("latinmodern-math", "otf"), siteLicense: try resource("GUST-FONT-LICENSE", "txt")], [])
        } catch {
            return ([:], [.warning(at: SourceLocation(path: Bundle.module.bundlePath, line: 1, column: 1),
                                   "the math font Latin Modern Math cannot be read: \(ErrorText.plain(error)); formulas will use the browser's math font",
                                   hint: "keep lessonrun's resource folder (lessonrun_Site.resources) beside the lessonrun executable")])
        }
    }

    /// A file of `Resources/Fonts`.
    private static func resource(_ name: String, _ type: String) throws -> [UInt8] {
        guard let url = Bundle.module.url(forResource: name, withExtension: type, subdirectory: "Fonts") else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: "Fonts/\(name).\(type)"])
        }
        return [UInt8](try Data(contentsOf: url))
    }
}
