extension Population {
    /// One student's year: dropout (during or after the year), transfer, year-end result, Saber 11,
    /// and the state they start the next year with.
    mutating func live(
        _ index: Int, _ context: YearContext, records: inout [EnrollmentRecord], examinees: inout [Examinee]
    ) -> StudentFate {
        var student = students[index]
        let institution = world.sedes[Int(student.sede)].institution
        let overAge = student.overAge(in: context.year)
        let dropoutProbability = DropoutModel.probability(
            overAgeYears: overAge ?? 0, repeater: student.repeating,
            failedLastYear: student.previousAcademic == SimatCodes.failed, rural: student.zone == 2,
            victim: student.victim != SimatCodes.noVictim, nightOrWeekend: student.jornada == 4 || student.jornada == 5,
            reentry: student.reentering, institutionEffect: world.institutions[institution].dropoutEffect)
        trueProbabilities?.append(TrueProbability(year: context.year, personID: student.personID,
                                                  probability: dropoutProbability))
        let dropsOut = random.chance(dropoutProbability)
        let duringYear = random.chance(DropoutModel.intraYearShare)
        var record = EnrollmentRecord(
            student: Int32(index), sede: student.sede, eventDay: EnrollmentRecord.noDate, grade: student.grade,
            jornada: student.jornada, group: student.group, status: .matriculado, reason: .none, result: .none,
            repeater: student.repeating, isNew: student.isNew, previousAcademic: student.previousAcademic,
            previousCondition: student.previousCondition)

        if dropsOut && duringYear {
            if context.publishesResults && random.chance(0.1) {
                record.result = .desertor
            } else {
                record.status = .retirado
                record.reason = dropoutReason()
                record.eventDay = Int32(CivilDate.random(in: context.year, from: (2, 10), through: (11, 20), &random))
            }
            records.append(record)
            return leave(index, &student, returnShare: DropoutModel.returnAfterIntraYearDropout, promoted: false)
        }

        var transferred = false
        if !dropsOut && random.chance(Self.intraYearTransferRate),
            let target = world.transferTarget(from: Int(student.sede), &random)
        {
            let leftOn = CivilDate.random(in: context.year, from: (2, 15), through: (9, 30), &random)
            var withdrawal = record
            withdrawal.status = .retirado
            withdrawal.reason = random.chance(0.8) ? .traslado : random.chance(0.6) ? .cambioDomicilio : .otro
            withdrawal.eventDay = Int32(leftOn)
            records.append(withdrawal)
            student.sede = Int32(target)
            record.sede = Int32(target)
            record.eventDay = random.chance(0.6) ? Int32(leftOn + random.int(in: 3...40)) : EnrollmentRecord.noDate
            transferred = true
        }

        let fails = random.chance(AcademicModel.failureProbability(student, overAge: overAge))
        let graduates = !fails && SimatCodes.isFinal(grade: student.grade)
        setYearEnd(&record, fails: fails, graduates: graduates, context)
        records.append(record)
        if context.takesSaber && student.grade == 11 && saberRandom.chance(AcademicModel.saberParticipation) {
            let school = world.sedes[Int(student.sede)].institution
            examinees.append(
                AcademicModel.examinee(student: index, student, institution: school, world: world, overAge: overAge, &saberRandom))
        }

        if graduates { return .leaves }
        if dropsOut {
            return leave(index, &student, returnShare: DropoutModel.returnAfterInterannualDropout, promoted: !fails)
        }
        advance(&student, passed: !fails, transferred: transferred)
        update(index, student)
        return .continues
    }

    /// `ESTADO` and `RESULTADO` of a completed year. Without a `RESULTADO` column most graduates are
    /// `GRADUADO` and the rest stay `MATRICULADO` (censored); with it, results are mostly filled in.
    private mutating func setYearEnd(_ record: inout EnrollmentRecord, fails: Bool, graduates: Bool, _ context: YearContext) {
        if fails {
            record.result = context.publishesResults && random.chance(0.96) ? .reprobado : .none
        } else if graduates {
            if context.publishesResults {
                record.result = .aprobado
                record.status = random.chance(0.3) ? .graduado : .matriculado
            } else {
                record.status = random.chance(0.85) ? .graduado : .matriculado
            }
        } else if context.publishesResults {
            let draw = random.unit()
            record.result = draw < 0.90 ? .aprobado : draw < 0.96 ? .promovido : .none
        }
    }

    /// A dropout leaves; `returnShare` of them come back after one year away (at the same grade
    /// unless `promoted`), marked `CON_ALUM_ANO_ANT` = 3 and `SIT_ACAD_ANO_ANT` = 0.
    private mutating func leave(_ index: Int, _ student: inout Student, returnShare: Double, promoted: Bool) -> StudentFate {
        guard random.chance(returnShare) else { return .leaves }
        if promoted { student.grade = SimatCodes.promoted(from: student.grade) }
        student.repeating = !promoted && random.chance(0.5)
        student.isNew = false
        student.reentering = true
        student.previousAcademic = SimatCodes.didNotStudy
        student.previousCondition = SimatCodes.droppedOut
        if random.chance(0.3), let target = world.transferTarget(from: Int(student.sede), &random) {
            student.sede = Int32(target)
        }
        update(index, student)
        return .returnsAfterGap
    }

    /// Next year's grade and prior-year codes; a few students change institution between years.
    private mutating func advance(_ student: inout Student, passed: Bool, transferred: Bool) {
        if passed { student.grade = SimatCodes.promoted(from: student.grade) }
        student.repeating = !passed
        student.isNew = false
        student.reentering = false
        student.previousAcademic = passed ? (random.chance(0.01) ? SimatCodes.pending : SimatCodes.approved) : SimatCodes.failed
        student.previousCondition = transferred ? SimatCodes.transferred : SimatCodes.notApplicable
        if random.chance(Self.betweenYearTransferRate),
            let target = world.transferTarget(from: Int(student.sede), &random)
        {
            student.sede = Int32(target)
            if random.chance(0.3) { student.previousAcademic = SimatCodes.fromOtherInstitution }
        }
    }

    /// The `MOTIVO` of a dropout during the year (never a transfer reason).
    private mutating func dropoutReason() -> NoveltyReason {
        let draw = random.unit()
        switch draw {
        case ..<0.45: return .desercion
        case ..<0.55: return .desercionEscolar
        case ..<0.65: return .abandono
        case ..<0.80: return .retiroVoluntario
        case ..<0.90: return .cambioDomicilio
        case ..<0.95: return .otro
        default: return .none
        }
    }
}
