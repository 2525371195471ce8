extension IngestError {
    /// Why `path` could not be opened, from the system's error number: a missing file is "no existe",
    /// but a file without read permission is "no se puede leer … permiso denegado", never "no existe".
    public static func opening(_ path: String, systemError: Int32) -> IngestError {
        let error = SystemError(code: systemError)
        switch error.kind {
        case .notFound, .notADirectory:
            return IngestError(.fileNotFound, file: path, hint: "revise la ruta")
        case .accessDenied, .notPermitted:
            return IngestError(.unreadable, file: path, found: "permiso denegado",
                               hint: "dé permiso de lectura al usuario que ejecuta trayectorias (chmod u+r)")
        case .isADirectory:
            return IngestError(.unreadable, file: path, found: "es una carpeta")
        default:
            return IngestError(.unreadable, file: path, found: InputSource.reason(error))
        }
    }
}
