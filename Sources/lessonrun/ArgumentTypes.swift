import ArgumentParser

/// A comma-separated list on the command line (`--cells rnn,lstm`), each item read as
/// `Element` reads itself, so an unknown item is a usage error (exit 64) that lists the
/// accepted values.
struct ArgumentList<Element: ExpressibleByArgument>: ExpressibleByArgument {
    var elements: [Element]

    init(_ elements: [Element]) {
        self.elements = elements
    }

    init?(argument: String) {
        var elements: [Element] = []
        for item in argument.split(separator: ",") {
            let trimmed = item.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { continue }
            guard let element = Element(argument: trimmed) else { return nil }
            elements.append(element)
        }
        guard !elements.isEmpty else { return nil }
        self.elements = elements
    }

    var defaultValueDescription: String { elements.map(\.defaultValueDescription).joined(separator: ",") }
    static var allValueStrings: [String] { Element.allValueStrings }
}

/// `--cell` of `eval` and `--cells` of `bench`: PyTorch's nn.RNN, nn.LSTM and nn.GRU.
enum CellArgument: String, ExpressibleByArgument, CaseIterable {
    case rnn, lstm, gru
}
