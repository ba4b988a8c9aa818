import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses markup (SVG, MathML, XHTML-shaped fragments) as a standalone XML document.
public enum XMLCheck {
    /// What the parser saw.
    public struct Result: Sendable {
        /// Whether the text is well-formed XML.
        public var parsed: Bool
        /// The parser's error, or "" when it parsed.
        public var error: String
        public var rootName: String?
        public var rootAttributes: [String: String]
        /// Every `id` attribute, in document order.
        public var ids: [String]
        /// Every element's name, in document order (as far as the parser got).
        public var elementNames: [String]
    }

    public static func parse(_ markup: String) -> Result {
        let parser = XMLParser(data: Data(markup.utf8))
        let collector = Collector()
        parser.delegate = collector
        let ok = parser.parse()
        return Result(parsed: ok, error: ok ? "" : parser.parserError.map { "\($0)" } ?? "XMLParser failed",
                      rootName: collector.elementNames.first, rootAttributes: collector.rootAttributes,
                      ids: collector.ids, elementNames: collector.elementNames)
    }

    /// The parser's error text, or nil when `markup` is well-formed.
    public static func problem(_ markup: String) -> String? {
        let result = parse(markup)
        return result.parsed ? nil : result.error
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var elementNames: [String] = []
        var rootAttributes: [String: String] = [:]
        var ids: [String] = []

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            if elementNames.isEmpty { rootAttributes = attributes }
            elementNames.append(elementName)
            if let id = attributes["id"] { ids.append(id) }
        }
    }
}
