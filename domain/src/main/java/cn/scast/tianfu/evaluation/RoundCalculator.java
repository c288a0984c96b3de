package cn.scast.tianfu.evaluation;

import cn.scast.tianfu.evaluation.award.AwardTier;
import cn.scast.tianfu.evaluation.award.TierAssigner;
import cn.scast.tianfu.evaluation.normalisation.NormalisedEntry;
import cn.scast.tianfu.evaluation.normalisation.ScoreRecord;
import cn.scast.tianfu.evaluation.normalisation.ZScoreNormaliser;
import cn.scast.tianfu.evaluation.ranking.AdvancementSelector;
import cn.scast.tianfu.evaluation.ranking.CompetitionRanker;
import cn.scast.tianfu.evaluation.ranking.RankedEntry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns all score records of a round into its leaderboard: normalise, rank, award, advance. */
public final class RoundCalculator {

    private final ZScoreNormaliser normaliser = new ZScoreNormaliser();
    private final CompetitionRanker ranker;
    private final TierAssigner tiers;
    private final AdvancementSelector advancement;

    public RoundCalculator(RoundRules rules) {
        this.ranker = new CompetitionRanker(rules.tieBreakers());
        this.tiers = new TierAssigner(rules.tiers());
        this.advancement = new AdvancementSelector(rules.advancingPlaces(), rules.advancementPolicy());
    }

    /** Entries without any record do not appear: an unscored entry has no defensible place. */
    public RoundResult calculate(Collection<ScoreRecord> records) {
        List<NormalisedEntry> normalised = normaliser.normalise(records);
        List<RankedEntry> ranking = ranker.rank(normalised);
        Map<String, AwardTier> awarded = tiers.assign(ranking);
        Set<String> advancing = advancement.advancing(ranking);
        List<EntryResult> lines = new ArrayList<>(ranking.size());
        for (RankedEntry r : ranking) {
            NormalisedEntry s = r.score();
            AwardTier tier = awarded.get(r.entryId());
            lines.add(new EntryResult(r.entryId(), s.jurorCount(), s.rawMean(), s.zScore(), s.displayScore(),
                    r.rank(), tier == null ? null : tier.name(), advancing.contains(r.entryId())));
        }
        return new RoundResult(lines);
    }
}
