#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The Spanish wording of a POSIX error number, for messages about files and folders (never the
/// system's English text, such as "The volume is read only").
enum SystemErrorText {
    /// `errno` in Spanish, with the number for the less common cases.
    static func spanish(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: "permiso denegado"
        case ENOENT: "la carpeta que lo contiene no existe"
        case ENOTDIR: "una parte de la ruta no es una carpeta"
        case EISDIR: "ya existe una carpeta con ese nombre"
        case EEXIST: "ya existe un archivo con ese nombre"
        case ENOSPC: "no queda espacio en el disco"
        case EDQUOT: "se agotó la cuota de disco"
        case EROFS: "el sistema de archivos es de solo lectura"
        case ENAMETOOLONG: "el nombre es demasiado largo"
        case EXDEV: "la carpeta está en otro sistema de archivos"
        case EBUSY: "la carpeta está en uso"
        case EIO: "error de entrada/salida del disco"
        default: "error del sistema número \(code)"
        }
    }
}
