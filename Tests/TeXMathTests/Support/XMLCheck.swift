#if canImport(FoundationXML)
import Foundation
import FoundationXML
#else
import Foundation
#endif

/// Parses markup with Foundation's XMLParser; returns the parser's error text, or nil when well-formed.
func xmlProblem(_ markup: String) -> String? {
    let parser = XMLParser(data: Data(markup.utf8))
    let delegate = ElementCounter()
    parser.delegate = delegate
    if parser.parse() { return nil }
    return parser.parserError.map { "\($0)" } ?? "XMLParser failed"
}

/// Names of elements in document order, to check structure without comparing strings.
func elementNames(_ markup: String) -> [String] {
    let parser = XMLParser(data: Data(markup.utf8))
    let delegate = ElementCounter()
    parser.delegate = delegate
    _ = parser.parse()
    return delegate.names
}

private final class ElementCounter: NSObject, XMLParserDelegate {
    var names: [String] = []
    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        names.append(elementName)
    }
}
