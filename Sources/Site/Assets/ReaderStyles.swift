/// Rules for the reader's tools.
enum ReaderStyles {
    static let css = """
    figcaption .alone { white-space: nowrap; }
    """
}
