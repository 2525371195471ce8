/// The index page (`index.html`): the territorial report and every institution's diagnostic, by
/// municipality, with its priority and flags.
enum ReportIndexPage {
    /// The finished index.
    static func document(data: ReportData) -> ReportDocument {
        var document = ReportDocument(title: "Diagnósticos de trayectorias escolares")
        document.section("Territorio")
        document.links([(.init(label: "Reporte territorial", target: "reporte_territorial"),
                         "indicadores, alertas, priorización, validación del modelo y calidad de los datos")])
        document.section("Instituciones")
        guard !data.profiles.isEmpty else {
            document.paragraph("No hay instituciones con indicadores.")
            return document
        }
        document.paragraph(ReportWording.amount(data.profiles.count, "institución", "instituciones").capitalizedFirst
            + ", agrupadas por municipio y ordenadas por código.")
        let priority = data.table(ReportTableName.priority)
        let byMunicipality = Dictionary(grouping: data.profiles.indices) { data.profiles[$0].municipality }
        for municipality in byMunicipality.keys.sorted() {
            let label = byMunicipality[municipality]!.lazy.map { data.profiles[$0].municipalityLabel }.first ?? municipality
            document.subheading(municipality.isEmpty ? "Municipio sin dato" : "Municipio \(label)")
            document.links(byMunicipality[municipality]!.map { index in
                let profile = data.profiles[index]
                var details: [String] = []
                if let row = data.priorityRow[profile.code], let priority {
                    if let rank = priority.integer("rango", at: row) { details.append("puesto \(rank)") }
                    let high = priority.integer("alertas_altas", at: row) ?? 0
                    let medium = priority.integer("alertas_medias", at: row) ?? 0
                    details.append(high + medium == 0 ? "sin alertas"
                        : "alertas: \(ReportWording.amount(Int(high), "alta", "altas")) y "
                            + "\(ReportWording.amount(Int(medium), "media", "medias"))")
                }
                details.append("zona \(ReportWording.attribute(profile.zone))")
                return (.init(label: profile.displayName, target: profile.reportPath), details.joined(separator: "; "))
            })
        }
        return document
    }
}
