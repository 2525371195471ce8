import Indicators

/// Tiny tables shared by the render tests; every value is chosen to exercise one formatting rule.
enum RenderFixtures {
    /// Three rows: a normal one, one with empty numbers and a `|` in the text, one with zeros.
    static let threeRows = ResultTable(name: "indicadores_municipio", columns: [
        ResultColumn("anio", .integers([2019, 2020, 2021])),
        ResultColumn("municipio", .texts(["Pasto", "San Juan | Sur", ""])),
        ResultColumn("matricula", .integers([1234, nil, 0])),
        ResultColumn("tasa_desercion_intraanual", .rates([0.034512, nil, 0])),
        ResultColumn("edad_media", .decimals([12.25, nil, -0.04])),
    ])

    /// Every kind of text field that needs (or must not get) quoting, plus a `nil`.
    static let awkwardTexts = ResultTable(name: "textos", columns: [
        ResultColumn("texto", .texts(["plano", "a,b", "dice \"hola\"", "linea\nnueva", "retorno\rx", "punto;coma", nil])),
    ])
}
