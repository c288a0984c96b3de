package cn.scast.tianfu.evaluation;

import cn.scast.tianfu.evaluation.normalisation.ScoreRecord;
import java.util.List;

/**
 * Three jurors × four entries, with numbers chosen so that every z-score is a simple fraction.
 *
 * <pre>
 *            E1   E2   E3   E4   mean  deviations        σ (population)        z
 * Juror A    97   85   81   69    83   14  2 −2 −14     √((196+4+4+196)/4)=10  1.4  0.2  −0.2 −1.4
 * Juror B    65   59   59   57    60    5 −1 −1  −3     √((25+1+1+9)/4)=3      5/3 −1/3 −1/3 −1
 * Juror C    73   67   73   67    70    3 −3  3  −3     √(36/4)=3              1   −1    1   −1
 *
 * entry z = mean of the three juror z-scores (common denominator 15):
 *   E1 = (21 + 25 + 15) / 15 / 3 =  61/45 ≈  1.355556
 *   E2 = ( 3 −  5 − 15) / 15 / 3 = −17/45 ≈ −0.377778
 *   E3 = (−3 −  5 + 15) / 15 / 3 =   7/45 ≈  0.155556
 *   E4 = (−21 − 15 − 15) / 15 / 3 = −51/45 ≈ −1.133333      (sum of the four = 0 ✓)
 * raw means: E1 235/3, E2 211/3, E3 213/3, E4 193/3
 * ranking:   E1 (1), E3 (2), E2 (3), E4 (4)
 * </pre>
 */
public final class HandExample {

    public static final double Z_E1 = 61.0 / 45;
    public static final double Z_E2 = -17.0 / 45;
    public static final double Z_E3 = 7.0 / 45;
    public static final double Z_E4 = -51.0 / 45;

    private HandExample() {
    }

    public static List<ScoreRecord> records() {
        return List.of(
                new ScoreRecord("A", "E1", 97), new ScoreRecord("A", "E2", 85),
                new ScoreRecord("A", "E3", 81), new ScoreRecord("A", "E4", 69),
                new ScoreRecord("B", "E1", 65), new ScoreRecord("B", "E2", 59),
                new ScoreRecord("B", "E3", 59), new ScoreRecord("B", "E4", 57),
                new ScoreRecord("C", "E1", 73), new ScoreRecord("C", "E2", 67),
                new ScoreRecord("C", "E3", 73), new ScoreRecord("C", "E4", 67));
    }
}
