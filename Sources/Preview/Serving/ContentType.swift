/// The `Content-Type` a browser needs for each kind of file the site holds.
public enum ContentType {
    /// The media type for a file name, by its extension (case-insensitive);
    /// unknown kinds are sent as bytes, never guessed as HTML.
    public static func forPath(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "application/octet-stream" }
        let ext = name[name.index(after: dot)...].lowercased()
        return types[ext] ?? "application/octet-stream"
    }

    /// Whether a response of this type is an HTML page (and so gets the
    /// reload script and the error overlay).
    public static func isHTML(_ contentType: String) -> Bool {
        contentType.hasPrefix("text/html")
    }

    private static let types: [String: String] = [
        "html": "text/html; charset=utf-8",
        "htm": "text/html; charset=utf-8",
        "css": "text/css; charset=utf-8",
        "js": "text/javascript; charset=utf-8",
        "mjs": "text/javascript; charset=utf-8",
        "svg": "image/svg+xml",
        "png": "image/png",
        "jpg": "image/jpeg",
        "jpeg": "image/jpeg",
        "gif": "image/gif",
        "webp": "image/webp",
        "ico": "image/x-icon",
        "json": "application/json",
        "csv": "text/csv; charset=utf-8",
        "txt": "text/plain; charset=utf-8",
        "tex": "text/plain; charset=utf-8",
        "md": "text/markdown; charset=utf-8",
        "xml": "application/xml",
        "pdf": "application/pdf",
        "safetensors": "application/octet-stream",
        "woff2": "font/woff2",
        "woff": "font/woff",
        "otf": "font/otf",
        "ttf": "font/ttf",
    ]
}
