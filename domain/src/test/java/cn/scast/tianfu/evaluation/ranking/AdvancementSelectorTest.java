package cn.scast.tianfu.evaluation.ranking;

import static cn.scast.tianfu.evaluation.ranking.CompetitionRankerTest.e;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AdvancementSelectorTest {

    /** Ranks 1, 2, 3, 3, 3, 6: places 3–5 are shared by C, D and E. */
    private static final List<RankedEntry> RANKING = CompetitionRanker.withoutTieBreak().rank(List.of(
            e("A", 5), e("B", 4), e("C", 3), e("D", 3), e("E", 3), e("F", 1)));

    @Test
    void rankingFixtureHasTiedThirdPlace() {
        assertEquals(List.of(1, 2, 3, 3, 3, 6), RANKING.stream().map(RankedEntry::rank).toList());
    }

    @Test
    void includePolicyAdmitsWholeTiedGroupAtBoundary() {
        Set<String> in = new AdvancementSelector(3, AdvancementPolicy.INCLUDE_ALL_TIED).advancing(RANKING);
        assertEquals(List.of("A", "B", "C", "D", "E"), List.copyOf(in));
    }

    @Test
    void excludePolicyDropsWholeTiedGroupAtBoundary() {
        Set<String> in = new AdvancementSelector(3, AdvancementPolicy.EXCLUDE_TIED_GROUP).advancing(RANKING);
        assertEquals(List.of("A", "B"), List.copyOf(in));
    }

    @Test
    void bothPoliciesAgreeWhenGroupEndsExactlyAtBoundary() {
        for (AdvancementPolicy p : AdvancementPolicy.values()) {
            assertEquals(Set.of("A", "B", "C", "D", "E"), new AdvancementSelector(5, p).advancing(RANKING), p.name());
            assertEquals(Set.of("A", "B"), new AdvancementSelector(2, p).advancing(RANKING), p.name());
        }
    }

    @Test
    void zeroPlacesAndMorePlacesThanEntries() {
        for (AdvancementPolicy p : AdvancementPolicy.values()) {
            assertEquals(Set.of(), new AdvancementSelector(0, p).advancing(RANKING));
            assertEquals(6, new AdvancementSelector(10, p).advancing(RANKING).size());
        }
        assertThrows(IllegalArgumentException.class, () -> new AdvancementSelector(-1, AdvancementPolicy.INCLUDE_ALL_TIED));
    }
}
