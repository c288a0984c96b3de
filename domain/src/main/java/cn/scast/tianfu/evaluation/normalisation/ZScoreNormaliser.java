package cn.scast.tianfu.evaluation.normalisation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Removes juror severity/leniency: each juror's totals are turned into z-scores over that juror's
 * own entries, z = (raw − mean_j) / σ_j with the population σ, and an entry's normalised score is the
 * mean of its jurors' z-scores. A juror whose totals are all equal (σ = 0, which includes a juror with
 * a single entry) expresses no preference, so all of that juror's z-scores are 0.
 */
public final class ZScoreNormaliser {

    /** σ below this is treated as 0; totals have at most a few decimals, so real spreads are far larger. */
    private static final double ZERO_SPREAD = 1e-12;

    /**
     * @return one result per scored entry, ordered by entry id so output is reproducible
     * @throws IllegalArgumentException if a juror scored the same entry twice
     */
    public List<NormalisedEntry> normalise(Collection<ScoreRecord> records) {
        int n = records.size();
        Map<String, Integer> jurorIndex = new HashMap<>();
        Map<String, Integer> entryIndex = new HashMap<>();
        int[] jurorOf = new int[n];
        int[] entryOf = new int[n];
        double[] raw = new double[n];
        long[] pairs = new long[n];
        int i = 0;
        for (ScoreRecord r : records) {
            int j = jurorIndex.computeIfAbsent(r.jurorId(), k -> jurorIndex.size());
            int e = entryIndex.computeIfAbsent(r.entryId(), k -> entryIndex.size());
            pairs[i] = ((long) j << 32) | e;
            jurorOf[i] = j;
            entryOf[i] = e;
            raw[i] = r.total().doubleValue();
            i++;
        }
        requireNoDuplicatePairs(pairs, jurorIndex, entryIndex);

        int jurors = jurorIndex.size();
        double[] jurorSum = new double[jurors];
        int[] jurorCount = new int[jurors];
        for (i = 0; i < n; i++) {
            jurorSum[jurorOf[i]] += raw[i];
            jurorCount[jurorOf[i]]++;
        }
        double[] jurorMean = new double[jurors];
        for (int j = 0; j < jurors; j++) {
            jurorMean[j] = jurorSum[j] / jurorCount[j];
        }
        // Second pass over deviations rather than Σx² − n·mean², which loses precision for close scores.
        double[] squaredDeviation = new double[jurors];
        for (i = 0; i < n; i++) {
            double d = raw[i] - jurorMean[jurorOf[i]];
            squaredDeviation[jurorOf[i]] += d * d;
        }
        double[] jurorSigma = new double[jurors];
        for (int j = 0; j < jurors; j++) {
            jurorSigma[j] = Math.sqrt(squaredDeviation[j] / jurorCount[j]);
        }

        int entries = entryIndex.size();
        double[] zSum = new double[entries];
        double[] rawSum = new double[entries];
        int[] entryCount = new int[entries];
        for (i = 0; i < n; i++) {
            int j = jurorOf[i];
            double z = jurorSigma[j] < ZERO_SPREAD ? 0.0 : (raw[i] - jurorMean[j]) / jurorSigma[j];
            zSum[entryOf[i]] += z;
            rawSum[entryOf[i]] += raw[i];
            entryCount[entryOf[i]]++;
        }

        List<NormalisedEntry> result = new ArrayList<>(entries);
        for (Map.Entry<String, Integer> e : entryIndex.entrySet()) {
            int k = e.getValue();
            result.add(new NormalisedEntry(e.getKey(), rawSum[k] / entryCount[k], entryCount[k],
                    zSum[k] / entryCount[k]));
        }
        result.sort((a, b) -> a.entryId().compareTo(b.entryId()));
        return result;
    }

    /** A juror counted twice on one entry would silently double their weight. Sorting primitives avoids boxing. */
    private static void requireNoDuplicatePairs(long[] pairs, Map<String, Integer> jurorIndex,
            Map<String, Integer> entryIndex) {
        long[] sorted = pairs.clone();
        Arrays.sort(sorted);
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] == sorted[i - 1]) {
                int j = (int) (sorted[i] >>> 32);
                int e = (int) sorted[i];
                throw new IllegalArgumentException("juror " + keyOf(jurorIndex, j) + " scored entry "
                        + keyOf(entryIndex, e) + " more than once");
            }
        }
    }

    private static String keyOf(Map<String, Integer> index, int value) {
        return index.entrySet().stream().filter(x -> x.getValue() == value).map(Map.Entry::getKey)
                .findFirst().orElseThrow();
    }
}
