/// Options of ```{diagram}```: the cell as the argument (the older form) or `:cell:`.
enum DiagramChecker {
    static func check(_ raw: RawDirective, _ options: OptionReader, _ d: ValueReader) -> DiagramDirective? {
        let cells = DiagramCell.allCases.map(\.rawValue)
        let names = options.word("names", default: GateNames.classic, as: GateNames.self)
        if options.value("cell") != nil {
            let cell = options.word("cell", example: "lstm", as: DiagramCell.self)
            guard let cell, let names else { return nil }
            return DiagramDirective(cell: cell, names: names)
        }
        guard let argument = raw.argument, let range = raw.argumentRange else {
            d.error(raw.kindRange, "diagram needs a cell",
                    hint: "name the diagram and give its cell: ```{diagram} lstm-cell with :cell: lstm; cells are " + DidYouMean.list(cells))
            return nil
        }
        guard let cell = DiagramCell(rawValue: argument) else {
            d.error(range, "unknown cell '\(argument)'" + DidYouMean.clause(for: argument, among: cells),
                    hint: "cells are " + DidYouMean.list(cells, conjunction: "and")
                        + "; to name the diagram, give its cell as an option: :cell: lstm")
            return nil
        }
        guard let names else { return nil }
        return DiagramDirective(cell: cell, names: names)
    }
}
