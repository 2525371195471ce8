/// The run's estimate of how many enrollment records all its inputs hold, so that the store's
/// columns grow once to about their final size instead of doubling (and being copied) file after
/// file.
///
/// After each matricula file, the bytes per record seen so far are applied to the bytes of the
/// files not yet read. Inputs of other kinds among them (small next to matricula exports) only make
/// the estimate larger; capacity the records never fill is address space, not memory in use, so the
/// estimate has 1/16 of slack on the inputs still to read (files of one export differ a little in
/// bytes per row, and falling short by one row would copy every column). An input whose size is
/// unknown (a pipe) counts as empty: the columns then double as before.
struct RecordEstimate {
    /// Bytes of each discovered input, in discovery order.
    private let sizes: [Int]
    private var matriculaBytes = 0
    private var matriculaRecords = 0

    /// Sizes the inputs at `paths` (0 when the size cannot be known).
    init(paths: [String]) {
        sizes = paths.map { path in
            guard let status = try? Platform.status(of: path), status.kind == .regularFile else { return 0 }
            return status.size
        }
    }

    /// Sizes given directly (tests).
    init(sizes: [Int]) { self.sizes = sizes }

    /// Records after adding `records` from the matricula input at `position` to a store that holds
    /// `stored`, plus the estimate for the inputs after it.
    mutating func total(adding records: Int, at position: Int, to stored: Int) -> Int {
        matriculaBytes += sizes[position]
        matriculaRecords += records
        let later = sizes[(position + 1)...].reduce(0, +)
        guard matriculaBytes > 0, matriculaRecords > 0 else { return stored + records }
        let expectedLater = Double(later) * Double(matriculaRecords) / Double(matriculaBytes)
        return stored + records + Int((expectedLater * 17 / 16).rounded(.up))
    }
}
