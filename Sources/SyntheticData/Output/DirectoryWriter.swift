import Foundation

/// Writes `directorio.csv`: most institutions (about one in ten left out, at least one when there are
/// two or more), in code order, with zone and sector.
enum DirectoryWriter {
    /// Writes the file and describes it; the buffer is drained whenever a block is full, so a
    /// national-scale world (tens of thousands of institutions, several MB) fits (issue 11).
    static func write(world: World, configuration: SampleConfiguration, directory: URL,
                      blockSize: Int = RowBuffer.blockSize, margin: Int = RowBuffer.margin) throws(SampleError) -> SampleFile {
        let style = FileStyle.directory(messy: configuration.messy)
        var random = SampleRandom(seed: configuration.seed, stream: .directoryFile)
        let variants = [
            ["CODIGO_DANE", "Código DANE", "Código_DANE"],
            ["NOMBRE_ESTABLECIMIENTO", "Nombre Establecimiento", "Nombre Institución"],
            ["CODIGO_MUNICIPIO", "Código Municipio", "MUN_CODIGO"],
            ["ZONA", "Zona", "Zona Establecimiento"],
            ["SECTOR", "Sector", "Naturaleza"],
        ]
        let header = variants.map { style.headerVariants ? random.element(of: $0) : $0[0] }
        var listed = Array(world.institutions.indices)
        let omitted = world.institutions.count >= 2 ? max(1, world.institutions.count / 10) : 0
        for _ in 0..<omitted { listed.remove(at: random.int(below: listed.count)) }
        listed.sort { world.institutions[$0].code < world.institutions[$1].code }

        let path = "directorio.csv"
        let sink = try FileSink(directory: directory, relativePath: path)
        var buffer = RowBuffer(style: style, blockSize: blockSize, margin: margin)
        buffer.appendHeader(header, style: style)
        let encode = { (text: String) in TextBytes.field(text, as: style.encoding, delimiter: style.delimiter) }
        let zones = style.numericZones ? [encode("1"), encode("2")] : [encode("URBANA"), encode("RURAL")]
        let sectors = [encode("OFICIAL"), encode("NO OFICIAL")]
        for index in listed {
            let institution = world.institutions[index]
            buffer.append(institution.code)
            buffer.appendDelimiter()
            buffer.append(encode(institution.name))
            buffer.appendDelimiter()
            buffer.append(world.municipalities[institution.municipality].code, width: 5)
            buffer.appendDelimiter()
            buffer.append(zones[institution.rural ? 1 : 0])
            buffer.appendDelimiter()
            buffer.append(sectors[institution.official ? 0 : 1])
            buffer.appendLineEnd()
            try sink.drain(&buffer)
        }
        try sink.finish(&buffer)
        return SampleFile(
            path: path, kind: .directorio, year: nil, rows: listed.count, delimiter: style.delimiter.text,
            encoding: style.encoding, lineEnding: style.lineEnding, columns: header, injected: [:])
    }
}
