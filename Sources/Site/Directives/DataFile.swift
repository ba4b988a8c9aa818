import Foundation

/// A CSV file behind a figure or table: a header row, then rows of fields,
/// quoted only where a field needs it.
struct CSV {
    var header: [String]
    var rows: [[String]] = []

    init(_ header: [String]) {
        self.header = header
    }

    mutating func add(_ row: [String]) { rows.append(row) }

    var bytes: [UInt8] {
        ([header] + rows).map { $0.map(Self.field).joined(separator: ",") + "\n" }.joined().utf8.map { $0 }
    }

    static func field(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// One figure or table listed in `manifest.json`.
struct ManifestEntry: Encodable {
    /// The directive's name and kind, and its label ("Figure 5.2").
    var name: String, kind: String, label: String
    /// The page it is on, its data file and the file's SHA-256.
    var page: String, data: String, sha256: String
}
