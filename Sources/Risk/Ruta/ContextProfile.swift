import Foundation
import Indicators

/// An institution's context in one year, as IE pares are matched on it (SPEC §12.1): who it serves,
/// never how its students fare.
///
/// Over the institution's episodes of the year (attributes of each episode's last record):
/// `matricula` = episodes; `levels` = whether it has an episode in each level of `Level.allCases`
/// (PREESCOLAR … ACELERACION); `victimShare`, `ethnicShare`, `migrantShare`, `disabilityShare` =
/// episodes whose record carries that trait / `matricula`; `ruralShare` = episodes whose student zone
/// (`ZON_ALU`) is rural / `matricula` (unknown zone counts as not rural).
public struct ContextProfile: Sendable, Equatable {
    /// Number of episodes (`matricula`).
    public var enrollment: Int
    /// Offered levels, in `Level.allCases` order.
    public var levels: [Bool]
    /// Shares of victims, ethnic, migrant, disability and rural students, each in 0…1.
    public var victimShare: Double, ethnicShare: Double, migrantShare: Double, disabilityShare: Double
    /// Share of rural students.
    public var ruralShare: Double

    /// Creates a profile.
    public init(enrollment: Int, levels: [Bool], victimShare: Double = 0, ethnicShare: Double = 0,
                migrantShare: Double = 0, disabilityShare: Double = 0, ruralShare: Double = 0) {
        self.enrollment = enrollment
        self.levels = levels
        self.victimShare = victimShare
        self.ethnicShare = ethnicShare
        self.migrantShare = migrantShare
        self.disabilityShare = disabilityShare
        self.ruralShare = ruralShare
    }

    /// The raw features before standardisation: log of `matricula`, one 0/1 per level, then the five
    /// shares.
    public var features: [Double] {
        [log(Double(max(enrollment, 1)))] + levels.map { $0 ? 1 : 0 }
            + [victimShare, ethnicShare, migrantShare, disabilityShare, ruralShare]
    }

    /// The profile of every institution with an episode in `year`, by code.
    ///
    /// - Complexity: O(episodes), one pass.
    public static func profiles(_ context: IndicatorContext, year: Int) -> [String: ContextProfile] {
        let episodes = context.linked.episodes
        let flags = context.store.columns.flags, zones = context.store.columns.zone
        let levelCount = Level.allCases.count
        // Per institution id: matricula, victims, ethnic, migrant, disability, rural, then one count per level.
        let width = 6 + levelCount
        var counts = [Int](repeating: 0, count: context.institutions.count * width)
        for e in 0..<episodes.count where Int(episodes.year[e]) == year {
            let r = Int(episodes.record[e])
            let bits = RecordFlags(rawValue: flags[r])
            let base = Int(episodes.institution[e]) * width
            counts[base] += 1
            if bits.contains(.victim) { counts[base + 1] += 1 }
            if bits.contains(.ethnic) { counts[base + 2] += 1 }
            if bits.contains(.migrant) { counts[base + 3] += 1 }
            if bits.contains(.disability) { counts[base + 4] += 1 }
            if zones[r] == 2 { counts[base + 5] += 1 }
            let slot = Int(context.levelSlots[e]) - 1
            if slot >= 0 && slot < levelCount { counts[base + 6 + slot] += 1 }
        }
        var result: [String: ContextProfile] = [:]
        for id in context.institutions.indices where counts[id * width] > 0 {
            let c = counts[(id * width)..<((id + 1) * width)].map { $0 }
            let n = Double(c[0])
            result[context.institutions[id].code] = ContextProfile(
                enrollment: c[0], levels: (0..<levelCount).map { c[6 + $0] > 0 },
                victimShare: Double(c[1]) / n, ethnicShare: Double(c[2]) / n, migrantShare: Double(c[3]) / n,
                disabilityShare: Double(c[4]) / n, ruralShare: Double(c[5]) / n)
        }
        return result
    }
}
