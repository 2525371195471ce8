#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension IngestError {
    /// Why `path` could not be opened, from the system's error number: a missing file is "no existe",
    /// but a file without read permission is "no se puede leer … permiso denegado", never "no existe".
    public static func opening(_ path: String, systemError: Int32) -> IngestError {
        switch systemError {
        case ENOENT, ENOTDIR:
            IngestError(.fileNotFound, file: path, hint: "revise la ruta")
        case EACCES, EPERM:
            IngestError(.unreadable, file: path, found: "permiso denegado",
                        hint: "dé permiso de lectura al usuario que ejecuta trayectorias (chmod u+r)")
        case EISDIR:
            IngestError(.unreadable, file: path, found: "es una carpeta")
        default:
            IngestError(.unreadable, file: path, found: InputSource.reason(systemError))
        }
    }
}
