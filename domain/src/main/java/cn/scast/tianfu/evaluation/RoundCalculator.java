package cn.scast.tianfu.evaluation;

import cn.scast.tianfu.evaluation.award.AwardTier;
import cn.scast.tianfu.evaluation.award.TierAssigner;
import cn.scast.tianfu.evaluation.normalisation.NormalisedEntry;
import cn.scast.tianfu.evaluation.normalisation.ScoreRecord;
import cn.scast.tianfu.evaluation.normalisation.ZScoreNormaliser;
import cn.scast.tianfu.evaluation.ranking.AdvancementSelector;
import cn.scast.tianfu.evaluation.ranking.CompetitionRanker;
import cn.scast.tianfu.evaluation.ranking.RankedEntry;
import cn.scast.tianfu.evaluation.ranking.TieBreaker;
import cn.scast.tianfu.evaluation.scoring.FormType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns all score records of a round into its leaderboard: normalise, rank, award, advance. */
public final class RoundCalculator {

    private final ZScoreNormaliser normaliser = new ZScoreNormaliser();
    private final CompetitionRanker ranker;
    private final TierAssigner tiers;
    private final AdvancementSelector advancement;
    private final boolean passRate;

    public RoundCalculator(RoundRules rules) {
        this(rules, false);
    }

    private RoundCalculator(RoundRules rules, boolean passRate) {
        List<TieBreaker> breakers = new ArrayList<>();
        if (passRate) {
            // All z-scores are 0 in a pass/fail round, so the pass rate decides first, then the number of verdicts.
            breakers.add(TieBreaker.HIGHER_RAW_MEAN);
            breakers.add(TieBreaker.MORE_JURORS);
        }
        rules.tieBreakers().stream().filter(t -> !breakers.contains(t)).forEach(breakers::add);
        this.ranker = new CompetitionRanker(breakers);
        this.tiers = new TierAssigner(rules.tiers());
        this.advancement = new AdvancementSelector(rules.advancingPlaces(), rules.advancementPolicy());
        this.passRate = passRate;
    }

    /**
     * The calculator for a round's form. Weighted and ranking forms go through the per-juror z-scores (a
     * juror's ranks are evenly spaced totals, so their z-scores are standardised ranks that can be averaged
     * across jurors with different numbers of entries). Pass/fail verdicts are not normalised: a strict
     * juror's "pass" would otherwise outweigh a unanimous one, so the entries rank by pass rate.
     */
    public static RoundCalculator forForm(RoundRules rules, FormType type) {
        return new RoundCalculator(rules, type == FormType.PASS_FAIL);
    }

    /** Entries without any record do not appear: an unscored entry has no defensible place. */
    public RoundResult calculate(Collection<ScoreRecord> records) {
        List<NormalisedEntry> normalised = passRate ? passRates(records) : normaliser.normalise(records);
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

    /** Mean verdict (100 = pass) per entry, with z = 0 so that only the pass rate and tie-breakers order them. */
    private List<NormalisedEntry> passRates(Collection<ScoreRecord> records) {
        normaliser.normalise(records); // same input checks (one verdict per juror and entry)
        Map<String, double[]> sums = new HashMap<>();
        for (ScoreRecord r : records) {
            double[] s = sums.computeIfAbsent(r.entryId(), k -> new double[2]);
            s[0] += r.total().doubleValue();
            s[1]++;
        }
        List<NormalisedEntry> result = new ArrayList<>();
        sums.forEach((id, s) -> result.add(new NormalisedEntry(id, s[0] / s[1], (int) s[1], 0.0)));
        return result;
    }
}
