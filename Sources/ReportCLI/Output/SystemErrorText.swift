import Indicators

/// The Spanish wording of a system error, for messages about files and folders (never the system's
/// English text, such as "The volume is read only").
enum SystemErrorText {
    /// `error` in Spanish, with the number for the less common cases.
    static func spanish(_ error: SystemError) -> String {
        switch error.kind {
        case .accessDenied, .notPermitted: "permiso denegado"
        case .notFound: "la carpeta que lo contiene no existe"
        case .notADirectory: "una parte de la ruta no es una carpeta"
        case .isADirectory: "ya existe una carpeta con ese nombre"
        case .alreadyExists: "ya existe un archivo con ese nombre"
        case .noSpace: "no queda espacio en el disco"
        case .quotaExceeded: "se agotó la cuota de disco"
        case .readOnlyFileSystem: "el sistema de archivos es de solo lectura"
        case .nameTooLong: "el nombre es demasiado largo"
        case .crossDevice: "la carpeta está en otro sistema de archivos"
        case .busy: "la carpeta está en uso"
        case .inputOutput: "error de entrada/salida del disco"
        default: "error del sistema número \(error.code)"
        }
    }
}
