import Indicators

/// Why an `AtomicFile` operation failed: the step, the path it concerned and the system error number.
struct AtomicFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The step of the write that failed.
    enum Step: Sendable, Equatable {
        /// Creating the temporary file next to the destination.
        case createTemporary
        /// Writing the bytes into the temporary file.
        case write
        /// Flushing the temporary file to disk.
        case sync
        /// Giving the file or folder its permissions.
        case setPermissions
        /// Renaming the temporary file onto the destination.
        case rename
        /// Creating a folder.
        case createDirectory
    }

    /// The step that failed.
    let step: Step
    /// The destination file or folder the user asked for.
    let path: String
    /// The error reported by the system.
    let systemError: SystemError

    /// A Spanish message naming the path, what was being done and why it failed.
    var description: String {
        "No se pudo \(action) «\(path)»: \(reason)."
    }

    /// What was being done, in Spanish, phrased to follow "No se pudo".
    private var action: String {
        switch step {
        case .createTemporary: "crear el archivo temporal para escribir"
        case .write: "escribir"
        case .sync: "guardar en disco"
        case .setPermissions: "fijar los permisos de"
        case .rename: "reemplazar"
        case .createDirectory: "crear la carpeta"
        }
    }

    /// The system error in Spanish, with the number for the less common cases.
    private var reason: String { SystemErrorText.spanish(systemError) }
}
