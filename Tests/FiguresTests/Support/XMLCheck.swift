import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses SVG text as a standalone XML document.
enum XMLCheck {
    final class Collector: NSObject, XMLParserDelegate {
        var rootName: String?
        var rootAttributes: [String: String] = [:]
        var ids: [String] = []

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            if rootName == nil {
                rootName = elementName
                rootAttributes = attributes
            }
            if let id = attributes["id"] { ids.append(id) }
        }
    }

    struct Result {
        var parsed: Bool
        var error: String
        var rootName: String?
        var rootAttributes: [String: String]
        var ids: [String]
    }

    static func parse(_ text: String) -> Result {
        let parser = XMLParser(data: Data(text.utf8))
        let collector = Collector()
        parser.delegate = collector
        let ok = parser.parse()
        return Result(parsed: ok, error: parser.parserError.map { "\($0)" } ?? "", rootName: collector.rootName,
                      rootAttributes: collector.rootAttributes, ids: collector.ids)
    }
}
