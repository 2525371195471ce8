/// Why the generator refused a configuration or could not write its files.
public struct SampleError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of failure.
    public enum Code: String, Sendable, Hashable {
        /// `students` is not in 1…`SampleConfiguration.maximumStudents`.
        case invalidStudents
        /// `years` is not in 1…`SampleConfiguration.maximumYears`.
        case invalidYears
        /// The years would fall outside 2000…2100.
        case invalidFirstYear
        /// The output directory could not be created.
        case cannotCreateDirectory
        /// An output file could not be created or written.
        case cannotWriteFile
    }

    /// The kind of failure.
    public var code: Code
    /// The configuration field or the file path concerned.
    public var subject: String
    /// The offending value, or the system's explanation of an I/O failure.
    public var found: String

    /// Creates an error.
    public init(code: Code, subject: String, found: String) {
        self.code = code
        self.subject = subject
        self.found = found
    }

    /// A Spanish message naming what failed, what was found and how to fix it.
    public var description: String {
        switch code {
        case .invalidStudents:
            "Número de estudiantes inválido: \(found). Posible solución: use un entero entre 1 y "
                + "\(SampleConfiguration.maximumStudents)."
        case .invalidYears:
            "Número de años inválido: \(found). Posible solución: use un entero entre 1 y "
                + "\(SampleConfiguration.maximumYears)."
        case .invalidFirstYear:
            "Año inicial inválido: \(found). Posible solución: los años generados deben quedar entre 2000 y 2100."
        case .cannotCreateDirectory:
            "No se pudo crear la carpeta \(subject): \(found). Posible solución: revise la ruta y los permisos."
        case .cannotWriteFile:
            "No se pudo escribir el archivo \(subject): \(found). Posible solución: revise el espacio en disco y los permisos."
        }
    }
}
