/// The deliberate defects injected into `matricula` files in messy mode, keyed as in `SampleManifest.injected`.
///
/// Each is a copy of a genuine row, damaged and written right after it, except `fechaImposible`
/// (the genuine row itself gets an impossible birth date). A reader following SPEC §2 therefore
/// rejects exactly `campos + sin_clave + grado_invalido + anio_invalido + institucion_vacia` rows,
/// drops exactly `duplicado_exacto` rows as duplicates, warns about `fecha_imposible` birth dates and
/// finds `doble_matricula` students enrolled at year end in two institutions.
public enum InjectedReason: String, Sendable, Hashable, CaseIterable {
    /// A row with one field too many or too few.
    case campos
    /// A row with neither `PER_ID` nor `NRO_DOCUMENTO`.
    case sinClave = "sin_clave"
    /// A row whose grade is `15` or `X`.
    case gradoInvalido = "grado_invalido"
    /// A row whose year is `1899` or empty.
    case anioInvalido = "anio_invalido"
    /// A row with an empty institution code.
    case institucionVacia = "institucion_vacia"
    /// An exact copy of the previous row.
    case duplicadoExacto = "duplicado_exacto"
    /// A genuine row whose birth date is the 31st of February (kept by a reader, date null, a warning).
    case fechaImposible = "fecha_imposible"
    /// A second, not withdrawn, enrollment of a student at another institution in the same year.
    case dobleMatricula = "doble_matricula"

    /// Whether a SPEC §2 reader rejects the row.
    public var isRejected: Bool {
        switch self {
        case .campos, .sinClave, .gradoInvalido, .anioInvalido, .institucionVacia: true
        case .duplicadoExacto, .fechaImposible, .dobleMatricula: false
        }
    }
}
