extension Student {
    /// A new student in `grade` at `sede` in `year`, with attributes drawn at plausible rates.
    ///
    /// Birth dates match the grade's theoretical age on 31 March (a few students one year young, about
    /// one in six over age by one to four years); rural sedes and victims raise the rates that SIMAT
    /// shows them to raise. Path flags start as a first-year continuing student; callers adjust them.
    static func draw(personID: Int, grade: Int8, sede: Int, year: Int, world: World, random: inout SampleRandom) -> Student {
        let place = world.sedes[sede]
        let institution = world.institutions[place.institution]
        let municipality = world.municipalities[institution.municipality]
        let zone: UInt8 = place.rural ? (random.chance(0.9) ? 2 : 1) : (random.chance(0.93) ? 1 : 2)
        let age = drawAge(grade: grade, rural: zone == 2, &random)
        let birthStart = CivilDate.dayNumber(year: year - age - 1, month: 4, day: 1)
        let birth = CivilDate.components(of: birthStart + random.int(below: 365))
        let country = drawCountry(&random)
        let migrant = country != SimatCodes.colombia
        let documentType: DocumentType =
            migrant ? (random.chance(0.6) ? .ppt : .pep)
            : age < 7 ? (random.chance(0.25) ? .nuip : .rc) : age < 18 ? .ti : .cc
        let leadingZeros = random.chance(0.04)
        let mixed = (personID &* 123_456_791) % 1_000_000_000
        let stratum = drawStratum(official: institution.official, rural: zone == 2, &random)
        let sisben = drawSisben(official: institution.official, &random)
        let victim = random.chance(zone == 2 ? 0.12 : 0.06)
        return Student(
            personID: personID,
            documentNumber: leadingZeros ? mixed % 100_000_000 : 1_000_000_000 + mixed,
            documentWidth: 10,
            documentType: documentType,
            birthYear: Int16(birth.year), birthMonth: UInt8(birth.month), birthDay: UInt8(birth.day),
            female: random.chance(0.49),
            zone: zone,
            victim: victim ? (random.chance(0.85) ? 1 : UInt8(random.int(in: 2...5))) : SimatCodes.noVictim,
            disability: random.chance(0.03) ? UInt8(random.int(in: 1...13)) : SimatCodes.noDisability,
            ethnicity: random.chance(municipality.ethnicShare * (zone == 2 ? 1.5 : 1)) ? UInt8(random.int(in: 1...120)) : 0,
            country: country,
            stratum: stratum,
            sisbenGroup: sisben.group, sisbenLevel: sisben.level,
            ability: Float(random.normal() - (stratum <= 1 ? 0.2 : 0) + (institution.official ? 0 : 0.3)),
            sede: Int32(sede),
            grade: grade,
            jornada: drawJornada(grade: grade, official: institution.official, rural: place.rural, &random),
            group: UInt8(1 + random.int(below: place.rural ? 1 : 3)),
            repeating: false, isNew: false, reentering: false,
            previousAcademic: SimatCodes.approved, previousCondition: SimatCodes.notApplicable)
    }

    /// Age on 31 March for a grade: theoretical age plus a drawn gap for grades −2…11.
    private static func drawAge(grade: Int8, rural: Bool, _ random: inout SampleRandom) -> Int {
        switch grade {
        case 12, 13: return Int(grade) + 4 + random.int(in: 0...3)
        case 20...26: return 15 + 2 * Int(grade - 20) + random.int(in: 0...15)
        case 99: return random.int(in: 10...14)
        default:
            let theoretical = Int(grade) + 5
            let draw = random.unit()
            var gap = draw < 0.04 ? -1 : draw < 0.78 ? 0 : draw < 0.91 ? 1 : draw < 0.96 ? 2 : draw < 0.985 ? 3 : 4
            if rural && gap >= 0 && random.chance(0.1) { gap += 1 }
            return max(3, theoretical + gap)
        }
    }

    private static func drawCountry(_ random: inout SampleRandom) -> UInt16 {
        let draw = random.unit()
        if draw < 0.05 { return SimatCodes.venezuela }
        if draw < 0.053 { return 218 }  // Ecuador
        if draw < 0.055 { return 604 }  // Perú
        return SimatCodes.colombia
    }

    private static func drawStratum(official: Bool, rural: Bool, _ random: inout SampleRandom) -> UInt8 {
        let draw = random.unit()
        if !official { return UInt8(3 + random.int(below: 4)) }
        if rural { return draw < 0.8 ? 1 : draw < 0.92 ? 0 : 2 }
        return draw < 0.35 ? 1 : draw < 0.8 ? 2 : draw < 0.95 ? 3 : 0
    }

    private static func drawSisben(official: Bool, _ random: inout SampleRandom) -> (group: UInt8, level: UInt8) {
        let draw = random.unit()
        if !official && draw < 0.6 { return (0, 0) }
        let group: UInt8 = draw < 0.05 ? 0 : draw < 0.35 ? 1 : draw < 0.7 ? 2 : draw < 0.95 ? 3 : 4
        let levels: [Int] = [0, 5, 7, 18, 21]
        return group == 0 ? (0, 0) : (group, UInt8(1 + random.int(below: levels[Int(group)])))
    }

    /// Adults study at night or on weekends; private schools mostly full day; rural ones single shift.
    private static func drawJornada(grade: Int8, official: Bool, rural: Bool, _ random: inout SampleRandom) -> UInt8 {
        let draw = random.unit()
        if (20...26).contains(grade) { return draw < 0.6 ? 4 : 5 }
        if !official { return draw < 0.7 ? 1 : 6 }
        if rural { return draw < 0.6 ? 6 : 2 }
        return draw < 0.45 ? 2 : draw < 0.8 ? 3 : 6
    }
}
