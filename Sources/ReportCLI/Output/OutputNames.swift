/// The names `trayectorias` writes at the top of an output folder.
///
/// A folder holding only these (and the run being committed) is a dedicated output folder, which is
/// replaced whole in one atomic step; a folder that also holds anything else (the user's data, the
/// current directory) keeps those and only the names below are replaced (see `Guides/Salidas.md`).
enum OutputNames {
    /// Top-level files and folders of `run` and `validate`.
    static let known: Set<String> = [
        "indicadores_territorio.csv", "indicadores_municipio.csv", "indicadores_institucion.csv",
        "indicadores_sede.csv", "indicadores_grado.csv", "indicadores_grupos.csv", "trayectorias_cohorte.csv",
        "saber11_institucion.csv", "alertas_institucion.csv", "funnel_parametros.csv", "priorizacion.csv",
        "modelo_validacion.csv", "rechazos.csv", "calidad_datos.csv", "resumen.json", "ruta_plan.csv", "foros.csv",
        "seguimiento_estudiantes.csv", "balance_ruta_dosis.csv",
        "balance_ruta.csv", "diagnostico.xlsx", "index.html", "reporte_territorial.html",
        "reporte_territorial.md", "excel", "instituciones", "estudiantes_riesgo",
    ]

    /// Whether `name` is an output of some run: a known name, one of `extra` (what this run wrote), or a
    /// temporary file an interrupted older version left beside one (`.<name>.tmp-<pid>-<n>`).
    static func isOutput(_ name: String, extra: Set<String>) -> Bool {
        if known.contains(name) || extra.contains(name) { return true }
        return temporaryTarget(name).map { known.contains($0) || extra.contains($0) } ?? false
    }

    /// The destination name of an `AtomicFile` temporary file name, or nil when `name` is not one.
    static func temporaryTarget(_ name: String) -> String? {
        guard name.hasPrefix("."), let marker = name.range(of: ".tmp-", options: .backwards) else { return nil }
        let target = name[name.index(after: name.startIndex)..<marker.lowerBound]
        return target.isEmpty ? nil : String(target)
    }
}
