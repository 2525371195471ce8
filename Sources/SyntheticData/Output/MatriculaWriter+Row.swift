extension MatriculaWriter {
    /// Formats one row into the buffer, field by field, applying `damage`.
    mutating func writeRow(_ record: EnrollmentRecord, row: Int, damage: RowDamage) {
        let student = students[Int(record.student)]
        let sede = Int(record.sede)
        let institution = texts.institutionOfSede[sede]
        let damagedCodes = style.spreadsheetDamage && random.chance(0.5)
        let last = columns.count - 1
        for position in 0...last {
            if position == last && damage == .missingField { break }
            if position > 0 { buffer.appendDelimiter() }
            switch columns[position] {
            case .ano:
                if damage != .invalidYear {
                    buffer.append(year)
                } else if row % 2 == 0 {
                    buffer.append(1899)
                }
            case .etc: texts.etcs.append(institution, to: &buffer)
            case .codigoDane:
                if damage != .emptyInstitution { appendCode(texts.institutionCodeOfSede[sede], damaged: damagedCodes) }
            case .nombreEstablecimiento: texts.names.append(institution, to: &buffer)
            case .codigoDaneSede: appendCode(world.sedes[sede].code, damaged: damagedCodes)
            case .munCodigo: buffer.append(texts.municipalityCodeOfSede[sede], width: style.spreadsheetDamage ? 1 : 5)
            case .perID:
                if damage != .noKey && PersonIDGap.draw(seed: seed, year: year, row: row) >= personIDGapThreshold {
                    appendCode(student.personID, damaged: damagedCodes)
                }
            case .tipoDocumento: texts.documentTypes.append(Int(student.documentType.rawValue), to: &buffer)
            case .nroDocumento:
                if damage != .noKey { buffer.append(student.documentNumber, width: Int(student.documentWidth)) }
            case .fechaNacimiento:
                let impossible = damage == .impossibleBirthDate
                buffer.appendDate(
                    year: Int(student.birthYear), month: impossible ? 2 : Int(student.birthMonth),
                    day: impossible ? 31 : Int(student.birthDay))
            case .genero: buffer.append(ascii: student.female ? ASCII.letterF : ASCII.letterM)
            case .grado: appendGrade(record.grade, row: row, invalid: damage == .invalidGrade)
            case .grupo: buffer.append(Int(record.group), width: 2)
            case .jornada: buffer.append(Int(record.jornada))
            case .zonAlu: buffer.append(Int(student.zone))
            case .estado: texts.statuses.append(Int(record.status.rawValue), to: &buffer)
            case .motivo: texts.reasons.append(Int(record.reason.rawValue), to: &buffer)
            case .fechaNovedad:
                if record.eventDay != EnrollmentRecord.noDate { buffer.appendDate(dayNumber: Int(record.eventDay)) }
            case .repitente: buffer.append(ascii: record.repeater ? ASCII.letterS : ASCII.letterN)
            case .nuevo: buffer.append(ascii: record.isNew ? ASCII.letterS : ASCII.letterN)
            case .sitAcadAnoAnt: buffer.append(Int(record.previousAcademic))
            case .conAlumAnoAnt: buffer.append(Int(record.previousCondition))
            case .resultado: texts.results.append(Int(record.result.rawValue), to: &buffer)
            case .pobVictConf: buffer.append(Int(student.victim))
            case .tipoDiscapacidad: buffer.append(Int(student.disability))
            case .etnia: buffer.append(Int(student.ethnicity))
            case .paisOrigen: buffer.append(Int(student.country))
            case .estrato: buffer.append(Int(student.stratum))
            case .sisben:
                if student.sisbenGroup > 0 {
                    buffer.append(ascii: ASCII.sisbenLetters[Int(student.sisbenGroup)])
                    buffer.append(Int(student.sisbenLevel))
                }
            }
        }
        if damage == .extraField {
            buffer.appendDelimiter()
            buffer.append(ascii: ASCII.letterX)
        }
        buffer.appendLineEnd()
    }

    /// A code, with the `.0` a spreadsheet leaves when it took the code for a number.
    private mutating func appendCode(_ code: Int, damaged: Bool) {
        buffer.append(code)
        if damaged {
            buffer.append(ascii: ASCII.period)
            buffer.append(ascii: ASCII.zero)
        }
    }

    /// The grade as a number, a label (in the style that asks for them) or an invalid value.
    private mutating func appendGrade(_ grade: Int8, row: Int, invalid: Bool) {
        if invalid {
            if row % 2 == 0 { buffer.append(15) } else { buffer.append(ascii: ASCII.letterX) }
        } else if style.gradeLabels && (-2...11).contains(grade) {
            if GradeLabels.usesDegreeForm(grade: grade, row: row) {
                texts.gradeDegrees.append(Int(grade) - 1, to: &buffer)
            } else {
                texts.gradeWords.append(Int(grade) + 2, to: &buffer)
            }
        } else {
            buffer.append(Int(grade))
        }
    }
}
