import Foundation

/// The Spanish reason for a Foundation file error, for `SampleError.found` (never the system's English
/// text such as "The volume is read only").
enum SystemErrorReason {
    /// `error` in Spanish: by its POSIX error number when one is known (Foundation's portable
    /// `POSIXError.Code`, so no C library module is needed), else by Foundation's code.
    static func spanish(_ error: any Error) -> String {
        let nsError = error as NSError
        let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError
        let posix = [nsError, underlying].compactMap { $0 }.first { $0.domain == NSPOSIXErrorDomain }?.code
        if let posix {
            switch POSIXError.Code(rawValue: Int32(posix)) {
            case .EACCES?, .EPERM?: return "permiso denegado"
            case .ENOENT?: return "la carpeta que lo contiene no existe"
            case .ENOSPC?: return "no queda espacio en el disco"
            case .EDQUOT?: return "se agotó la cuota de disco"
            case .EROFS?: return "el sistema de archivos es de solo lectura"
            case .ENOTDIR?: return "una parte de la ruta no es una carpeta"
            default: return "error del sistema número \(posix)"
            }
        }
        switch CocoaError.Code(rawValue: nsError.code) {
        case .fileWriteVolumeReadOnly: return "el sistema de archivos es de solo lectura"
        case .fileWriteOutOfSpace: return "no queda espacio en el disco"
        case .fileWriteNoPermission, .fileReadNoPermission: return "permiso denegado"
        case .fileNoSuchFile, .fileReadNoSuchFile: return "la carpeta que lo contiene no existe"
        default: return "error del sistema (\(nsError.domain) \(nsError.code))"
        }
    }
}
