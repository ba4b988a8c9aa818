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
            return ([:], [.warning(at: SourceLocation(path: resourceFolder, line: 1, column: 1),
                                   "the math font Latin Modern Math cannot be read: \(ErrorText.plain(error)); formulas will use the browser's math font",
                                   hint: "keep lessonrun's resource folder (lessonrun_Site.resources) beside the lessonrun executable")])
        }
    }

    /// The resource folder SwiftPM copies beside the products.
    static let resourceFolder = "lessonrun_Site.resources"

    /// The resource bundle: beside the running program (the build folder for `swift run` and the
    /// tests), or beside the file a link to it points at. SwiftPM's own `Bundle.module` stops the
    /// program when the folder is missing; a missing font is only a warning here.
    private static var bundle: Bundle? {
        var folders = [Bundle.main.bundleURL]
        if let executable = Bundle.main.executableURL {
            folders.append(executable.resolvingSymlinksInPath().deletingLastPathComponent())
        }
        return folders.lazy.compactMap { Bundle(path: $0.appendingPathComponent(resourceFolder).path) }.first
    }

    /// A file of `Resources/Fonts`.
    private static func resource(_ name: String, _ type: String) throws -> [UInt8] {
        guard let url = bundle?.url(forResource: name, withExtension: type, subdirectory: "Fonts") else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: "\(resourceFolder)/Fonts/\(name).\(type)"])
        }
        return [UInt8](try Data(contentsOf: url))
    }
}
