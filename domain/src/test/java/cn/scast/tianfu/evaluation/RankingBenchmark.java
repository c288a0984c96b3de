package cn.scast.tianfu.evaluation;

import cn.scast.tianfu.evaluation.award.AwardTier;
import cn.scast.tianfu.evaluation.award.TierAssigner;
import cn.scast.tianfu.evaluation.award.TierScheme;
import cn.scast.tianfu.evaluation.normalisation.NormalisedEntry;
import cn.scast.tianfu.evaluation.normalisation.ScoreRecord;
import cn.scast.tianfu.evaluation.normalisation.ZScoreNormaliser;
import cn.scast.tianfu.evaluation.ranking.AdvancementPolicy;
import cn.scast.tianfu.evaluation.ranking.CompetitionRanker;
import cn.scast.tianfu.evaluation.ranking.RankedEntry;
import cn.scast.tianfu.evaluation.ranking.TieBreaker;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Times normalisation + ranking + tiers for a large round: 10,000 entries, each scored by the same
 * 7 jurors (70,000 score records), scores 0–100 with one decimal from a fixed seed.
 * Run with bench/evaluation-ranking.sh; output is milliseconds.
 */
public final class RankingBenchmark {

    private static final int ENTRIES = 10_000;
    private static final int JURORS = 7;
    private static final int WARMUP = 5;
    private static final int RUNS = 10;

    private RankingBenchmark() {
    }

    public static void main(String[] args) {
        List<ScoreRecord> records = generate(new Random(20261124L));
        List<TieBreaker> tieBreakers = List.of(TieBreaker.HIGHER_RAW_MEAN, TieBreaker.MORE_JURORS);
        TierScheme tiers = TierScheme.byQuota(List.of(AwardTier.quota("特等奖", 10), AwardTier.quota("一等奖", 100),
                AwardTier.quota("二等奖", 300), AwardTier.quota("三等奖", 600)));
        RoundCalculator calculator = new RoundCalculator(
                new RoundRules(tieBreakers, 1000, AdvancementPolicy.INCLUDE_ALL_TIED, tiers));

        for (int i = 0; i < WARMUP; i++) {
            calculator.calculate(records);
        }
        double[] normalise = new double[RUNS];
        double[] rank = new double[RUNS];
        double[] tier = new double[RUNS];
        double[] full = new double[RUNS];
        long checksum = 0;
        ZScoreNormaliser normaliser = new ZScoreNormaliser();
        CompetitionRanker ranker = new CompetitionRanker(tieBreakers);
        TierAssigner assigner = new TierAssigner(tiers);
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            List<NormalisedEntry> normalised = normaliser.normalise(records);
            long t1 = System.nanoTime();
            List<RankedEntry> ranking = ranker.rank(normalised);
            long t2 = System.nanoTime();
            Map<String, AwardTier> awarded = assigner.assign(ranking);
            long t3 = System.nanoTime();
            RoundResult result = calculator.calculate(records);
            long t4 = System.nanoTime();
            normalise[i] = (t1 - t0) / 1e6;
            rank[i] = (t2 - t1) / 1e6;
            tier[i] = (t3 - t2) / 1e6;
            full[i] = (t4 - t3) / 1e6;
            checksum += awarded.size() + result.advanced().size() + ranking.get(0).rank();
        }
        System.out.printf("entries=%d jurors=%d records=%d warmup=%d runs=%d checksum=%d%n",
                ENTRIES, JURORS, records.size(), WARMUP, RUNS, checksum);
        report("normalise_ms", normalise);
        report("rank_ms", rank);
        report("tiers_ms", tier);
        report("round_total_ms", full);
    }

    private static List<ScoreRecord> generate(Random random) {
        List<ScoreRecord> records = new ArrayList<>(ENTRIES * JURORS);
        double[] quality = new double[ENTRIES];
        for (int e = 0; e < ENTRIES; e++) {
            quality[e] = random.nextGaussian();
        }
        for (int j = 0; j < JURORS; j++) {
            // Each juror has their own leniency and spread, which is what normalisation corrects.
            double centre = 65 + 10 * random.nextDouble();
            double spread = 5 + 10 * random.nextDouble();
            for (int e = 0; e < ENTRIES; e++) {
                double score = centre + spread * (quality[e] + 0.5 * random.nextGaussian());
                long tenths = Math.round(Math.max(0, Math.min(100, score)) * 10);
                records.add(new ScoreRecord("J" + j, String.format("E%05d", e), BigDecimal.valueOf(tenths, 1)));
            }
        }
        return records;
    }

    private static void report(String name, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        double median = (sorted[(sorted.length - 1) / 2] + sorted[sorted.length / 2]) / 2;
        System.out.printf("%s min=%.2f median=%.2f%n", name, sorted[0], median);
    }
}
