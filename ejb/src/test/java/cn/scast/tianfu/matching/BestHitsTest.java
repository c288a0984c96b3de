package cn.scast.tianfu.matching;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BestHitsTest {

    @Test
    void keepsTheBestByScoreThenLowestId() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            int capacity = 1 + random.nextInt(40);
            BestHits best = new BestHits(capacity);
            List<TermAtATimeSearch.Hit> all = new ArrayList<>();
            for (int doc = 0; doc < 500; doc++) {
                float score = random.nextInt(30) / 4f; // many ties
                long id = random.nextInt(10_000);
                all.add(new TermAtATimeSearch.Hit(doc, id, score));
                if (score >= best.floor()) {
                    best.offer(doc, id, score);
                }
            }
            all.sort(Comparator.comparing(TermAtATimeSearch.Hit::score).reversed()
                    .thenComparingLong(TermAtATimeSearch.Hit::id));
            List<TermAtATimeSearch.Hit> kept = best.toList();
            assertEquals(all.subList(0, capacity).stream().map(h -> h.score() + "/" + h.id()).toList(),
                    kept.stream().map(h -> h.score() + "/" + h.id()).toList());
        }
    }

    @Test
    void neverTakesAnUntouchedDocument() {
        BestHits best = new BestHits(3);
        assertTrue(0f < best.floor(), "a score of 0 (no clause matched) is below the floor");
        best.offer(1, 1, 2f);
        assertEquals(Float.MIN_VALUE, best.floor(), "not full yet");
        best.offer(2, 2, 3f);
        best.offer(3, 3, 1f);
        assertEquals(1f, best.floor());
    }
}
