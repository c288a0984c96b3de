package cn.scast.tianfu.evaluation.normalisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.scast.tianfu.evaluation.HandExample;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ZScoreNormaliserTest {

    private static final double EPS = 1e-9;
    private final ZScoreNormaliser normaliser = new ZScoreNormaliser();

    private static Map<String, NormalisedEntry> byId(List<NormalisedEntry> list) {
        return list.stream().collect(Collectors.toMap(NormalisedEntry::entryId, Function.identity()));
    }

    @Test
    void handExampleZScores() {
        Map<String, NormalisedEntry> r = byId(normaliser.normalise(HandExample.records()));
        assertEquals(4, r.size());
        assertEquals(HandExample.Z_E1, r.get("E1").zScore(), EPS);
        assertEquals(HandExample.Z_E2, r.get("E2").zScore(), EPS);
        assertEquals(HandExample.Z_E3, r.get("E3").zScore(), EPS);
        assertEquals(HandExample.Z_E4, r.get("E4").zScore(), EPS);
        assertEquals(1.3555555555555556, r.get("E1").zScore(), EPS);
    }

    @Test
    void handExampleRawMeansCountsAndDisplayScale() {
        Map<String, NormalisedEntry> r = byId(normaliser.normalise(HandExample.records()));
        assertEquals(235.0 / 3, r.get("E1").rawMean(), EPS);
        assertEquals(211.0 / 3, r.get("E2").rawMean(), EPS);
        assertEquals(213.0 / 3, r.get("E3").rawMean(), EPS);
        assertEquals(193.0 / 3, r.get("E4").rawMean(), EPS);
        assertEquals(3, r.get("E1").jurorCount());
        // display = 50 + 10 × 61/45 = 63.5555…
        assertEquals(50 + 610.0 / 45, r.get("E1").displayScore(), EPS);
        assertEquals(50 - 510.0 / 45, r.get("E4").displayScore(), EPS);
    }

    @Test
    void resultIsOrderedByEntryIdAndIndependentOfInputOrder() {
        List<ScoreRecord> shuffled = new ArrayList<>(HandExample.records());
        Collections.reverse(shuffled);
        List<NormalisedEntry> a = normaliser.normalise(HandExample.records());
        List<NormalisedEntry> b = normaliser.normalise(shuffled);
        assertEquals(List.of("E1", "E2", "E3", "E4"), a.stream().map(NormalisedEntry::entryId).toList());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).zScore(), b.get(i).zScore(), EPS);
        }
    }

    @Test
    void jurorWithoutSpreadContributesZero() {
        // Juror F gives 80 to everything → z = 0 for all (σ = 0).
        // Juror G: 90, 70 → mean 80, σ 10 → z +1, −1. Entry z = (0 + 1)/2 = 0.5 and (0 − 1)/2 = −0.5.
        Map<String, NormalisedEntry> r = byId(normaliser.normalise(List.of(
                new ScoreRecord("F", "E1", 80), new ScoreRecord("F", "E2", 80),
                new ScoreRecord("G", "E1", 90), new ScoreRecord("G", "E2", 70))));
        assertEquals(0.5, r.get("E1").zScore(), EPS);
        assertEquals(-0.5, r.get("E2").zScore(), EPS);
    }

    @Test
    void jurorWithSingleEntryContributesZero() {
        // Juror S scored only E1 (z = 0). Juror T: E1 60, E2 80 → z −1, +1.
        // E1 = (0 − 1)/2 = −0.5, E2 = +1 (only T).
        Map<String, NormalisedEntry> r = byId(normaliser.normalise(List.of(
                new ScoreRecord("S", "E1", 100),
                new ScoreRecord("T", "E1", 60), new ScoreRecord("T", "E2", 80))));
        assertEquals(-0.5, r.get("E1").zScore(), EPS);
        assertEquals(1.0, r.get("E2").zScore(), EPS);
        assertEquals(2, r.get("E1").jurorCount());
        assertEquals(1, r.get("E2").jurorCount());
        assertEquals(80.0, r.get("E1").rawMean(), EPS);
    }

    @Test
    void severeAndLenientJurorsAreMadeComparable() {
        // Raw means favour E1 (75 vs 25.5), but X prefers E1 and Y prefers E2 equally strongly in z terms.
        Map<String, NormalisedEntry> r = byId(normaliser.normalise(List.of(
                new ScoreRecord("X", "E1", 100), new ScoreRecord("X", "E2", 0),
                new ScoreRecord("Y", "E1", 50), new ScoreRecord("Y", "E2", 51))));
        assertEquals(0.0, r.get("E1").zScore(), EPS);
        assertEquals(0.0, r.get("E2").zScore(), EPS);
        assertEquals(75.0, r.get("E1").rawMean(), EPS);
    }

    @Test
    void duplicateJurorEntryPairIsRejected() {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> normaliser.normalise(List.of(
                new ScoreRecord("B", "E2", 60), new ScoreRecord("A", "E1", 80), new ScoreRecord("A", "E1", 70))));
        assertEquals("juror A scored entry E1 more than once", ex.getMessage());
    }

    @Test
    void emptyInputGivesEmptyResult() {
        assertEquals(List.of(), normaliser.normalise(List.of()));
    }
}
