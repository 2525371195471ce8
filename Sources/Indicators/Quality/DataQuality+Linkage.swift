extension DataQuality {
    /// Checks over the linked data (SPEC §10): doble matrícula, reported vs observed repetition, age
    /// outside 2…30, gaps in a student's years, and institutions whose enrollment changes by more than
    /// 50 % year on year. Examples name years, institutions and input lines, never students.
    public static func linkageFindings(_ context: IndicatorContext) -> [QualityFinding] {
        let episodes = context.linked.episodes
        let c = context.store.columns
        func place(_ e: Int) -> String {
            let r = context.record(e)
            return "año \(episodes.year[e]), institución \(context.institutions[Int(episodes.institution[e])].code), línea \(c.line[r])"
        }
        var double = (0, ""), reportedOnly = (0, ""), observedOnly = (0, ""), age = (0, ""), gaps = (0, "")
        var e = 0
        var lastStudent = UInt32.max, lastYear: Int16 = 0
        let cutoffMonth = context.linked.parameters.cutoffMonth, cutoffDay = context.linked.parameters.cutoffDay
        // A student's episodes are consecutive and share a birth date: convert it once.
        var lastBirth = DayNumber.null, lastCivil = (year: 0, month: 0, day: 0)
        while e < episodes.count {
            let start = e
            let student = episodes.student[e], year = episodes.year[e]
            var enrolled = 0
            while e < episodes.count && episodes.student[e] == student && episodes.year[e] == year {
                if RecordFlags(rawValue: c.flags[context.record(e)]).contains(.withdrawn) == false { enrolled += 1 }
                e += 1
            }
            if enrolled >= 2 {
                if double.0 == 0 { double.1 = place(start) }
                double.0 += 1
            }
            if student == lastStudent && year > lastYear + 1
                && (Int(lastYear + 1)..<Int(year)).contains(where: context.linked.isLoaded) {
                if gaps.0 == 0 { gaps.1 = "años \(lastYear) y \(year), \(place(start))" }
                gaps.0 += 1
            }
            lastStudent = student
            lastYear = year
            for k in start..<e {
                let traits = EpisodeTraits(rawValue: episodes.traits[k])
                let reported = RecordFlags(rawValue: c.flags[context.record(k)]).contains(.repeater)
                if traits.contains(.withHistory) {
                    if reported && !traits.contains(.observedRepeater) {
                        if reportedOnly.0 == 0 { reportedOnly.1 = place(k) }
                        reportedOnly.0 += 1
                    } else if !reported && traits.contains(.observedRepeater) {
                        if observedOnly.0 == 0 { observedOnly.1 = place(k) }
                        observedOnly.0 += 1
                    }
                }
                let birth = c.birthDate[context.record(k)]
                if birth != DayNumber.null {
                    if birth != lastBirth {
                        lastBirth = birth
                        lastCivil = DayNumber.civil(birth)
                    }
                    let years = DayNumber.age(born: lastCivil, onYear: Int(year), month: cutoffMonth, day: cutoffDay)
                    if years < 2 || years > 30 {
                        if age.0 == 0 { age.1 = "edad \(years), \(place(k))" }
                        age.0 += 1
                    }
                }
            }
        }
        var findings: [QualityFinding] = []
        func add(_ check: String, _ column: String, _ value: (Int, String)) {
            if value.0 > 0 { findings.append(QualityFinding(check: check, file: "", column: column, cases: value.0, example: value.1)) }
        }
        add("doble_matricula", "", double)
        add("repitente_reportado_no_observado", "REPITENTE", reportedOnly)
        add("repeticion_observada_no_reportada", "REPITENTE", observedOnly)
        add("edad_fuera_de_rango", "FECHA_NACIMIENTO", age)
        add("vacios_en_trayectoria", "", gaps)
        add("variacion_matricula_institucion", "", enrollmentSwings(context))
        add("clave_cambiante", "PER_ID/NRO_DOCUMENTO", changingKeys(context))
        return findings
    }

    /// Institutions whose episodes change by more than 50 % between consecutive loaded years, from a
    /// year with episodes (a new institution appearing from zero is not a swing; closing to zero is).
    static func enrollmentSwings(_ context: IndicatorContext) -> (Int, String) {
        let years = context.years
        let episodes = context.linked.episodes
        var counts = [Int](repeating: 0, count: context.institutions.count * years.count)
        for e in 0..<episodes.count {
            counts[Int(episodes.institution[e]) * years.count + context.yearIndex(episodes.year[e])] += 1
        }
        var cases = 0
        var example = ""
        let byCode = (1..<context.institutions.count).sorted { context.institutions[$0].code < context.institutions[$1].code }
        for i in byCode {
            for k in 1..<max(1, years.count) where years[k] == years[k - 1] + 1 {
                let before = counts[i * years.count + k - 1], after = counts[i * years.count + k]
                guard before > 0 && abs(after - before) * 2 > before else { continue }
                if cases == 0 {
                    example = "institución \(context.institutions[i].code): \(before) en \(years[k - 1]), \(after) en \(years[k])"
                }
                cases += 1
            }
        }
        return (cases, example)
    }

    /// Names and birth dates shared by more than one student key (the same person under two keys),
    /// when the files have name columns. Only hashes of names are compared; the example names the
    /// input lines, not the person.
    ///
    /// - Complexity: O(n) radix passes over the names' hashes (their low 32 bits), then a comparison
    ///   sort of each run of equal low bits (one person's records, and rare collisions).
    static func changingKeys(_ context: IndicatorContext) -> (Int, String) {
        let c = context.store.columns
        var hashes: [UInt64] = [], records: [Int32] = []
        for (record, hash) in context.store.nameHashes where c.birthDate[Int(record)] != DayNumber.null {
            hashes.append(hash)
            records.append(record)
        }
        // Runs of equal low 32 bits of the hash (radix-sorted), each sorted by (hash, birth date,
        // student, record), so that each group of equal (hash, birth date) lies inside one run. The
        // example is the group that comes first in (hash, birth date) order, wherever its run is.
        let order = RadixSort.sortedPacked(hashes, bits: 32, indexBits: 32)
        var entries: [(hash: UInt64, birth: Int32, student: UInt32, record: Int32)] = []
        var cases = 0
        var first: (hash: UInt64, birth: Int32, lines: (Int, Int))?
        var run = 0
        while run < order.count {
            entries.removeAll(keepingCapacity: true)
            let low = UInt32(truncatingIfNeeded: hashes[Int(order[run])])
            while run < order.count && UInt32(truncatingIfNeeded: hashes[Int(order[run])]) == low {
                let record = records[Int(order[run])]
                entries.append((hashes[Int(order[run])], c.birthDate[Int(record)], c.student[Int(record)], record))
                run += 1
            }
            if entries.count < 2 { continue }
            entries.sort(by: <)
            var start = 0
            while start < entries.count {
                var end = start + 1
                while end < entries.count && entries[end].hash == entries[start].hash && entries[end].birth == entries[start].birth {
                    end += 1
                }
                if entries[start].student != entries[end - 1].student {
                    cases += 1
                    let group = entries[start]
                    if first.map({ (group.hash, group.birth) < ($0.hash, $0.birth) }) ?? true {
                        first = (group.hash, group.birth,
                                 (Int(c.line[Int(group.record)]), Int(c.line[Int(entries[end - 1].record)])))
                    }
                }
                start = end
            }
        }
        let example = first.map { "mismo nombre y fecha de nacimiento con claves distintas: líneas \($0.lines.0) y \($0.lines.1)" } ?? ""
        return (cases, example)
    }
}
