import Foundation

/// Year-end failure and Saber 11 scores, both driven by the student's latent ability.
enum AcademicModel {
    /// Probability of failing the year: none in preschool (promotion is automatic), otherwise
    /// 1 / (1 + e^(−η)) with η = −3.0 − 0.7·ability + 0.2·over-age (0…5) + 0.3·repeater, a bit lower in
    /// grade 11 (−0.3) and fixed at 6 % in adult cycles.
    static func failureProbability(_ student: Student, overAge: Int?) -> Double {
        switch student.grade {
        case ...0: return 0
        case 20...26: return 0.06
        default:
            var eta = -3.0 - 0.7 * Double(student.ability) + 0.2 * Double(min(max(overAge ?? 0, 0), 5))
            if student.repeating { eta += 0.3 }
            if student.grade == 11 { eta -= 0.3 }
            return 1 / (1 + exp(-eta))
        }
    }

    /// Probability that a grade-11 student who completes the year sits Saber 11.
    static let saberParticipation = 0.93

    /// An examinee's five subject scores (0…100) and the ICFES global score
    /// `round(5 · (3·(LC + MAT + CN + SOC) + ING) / 13)`, which lies in 0…500.
    static func examinee(student index: Int, _ student: Student, institution: Int, world: World, overAge: Int?, _ random: inout SampleRandom) -> Examinee {
        let base = 50 + world.institutions[institution].scoreEffect + 9 * Double(student.ability)
            - 1.5 * Double(max(overAge ?? 0, 0)) + Double(Int(student.stratum) - 2)
        func score(_ offset: Double) -> UInt8 {
            UInt8(min(max((base + offset + 6 * random.normal()).rounded(), 0), 100))
        }
        let reading = score(3)
        let mathematics = score(-1)
        let science = score(-1)
        let social = score(-3)
        let english = score(1)
        let weighted = 3 * (Int(reading) + Int(mathematics) + Int(science) + Int(social)) + Int(english)
        return Examinee(
            student: Int32(index), institution: Int32(institution), reading: reading, mathematics: mathematics,
            science: science, social: social, english: english,
            global: UInt16((Double(5 * weighted) / 13).rounded()))
    }
}
