package cn.scast.tianfu.matching;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChangeCursorTest {

    private static final Instant T0 = Instant.parse("2026-12-06T00:00:00Z");
    private final ChangeCursor cursor = new ChangeCursor(10, Duration.ofSeconds(60));

    @Test
    void movesOverContiguousChanges() {
        assertEquals(13, cursor.applied(List.of(11L, 12L, 13L), T0));
        assertFalse(cursor.needs(12));
        assertTrue(cursor.needs(14));
    }

    @Test
    void waitsAtAHoleWhoseTransactionMayStillCommit() {
        assertEquals(11, cursor.applied(List.of(11L, 13L, 14L), T0));
        assertFalse(cursor.needs(13), "applied above the hole: not again");
        assertTrue(cursor.needs(12), "the late change is still wanted");
        assertEquals(11, cursor.applied(List.of(), T0.plusSeconds(30)));
        assertEquals(14, cursor.applied(List.of(12L), T0.plusSeconds(31)), "the late change closes the hole");
    }

    @Test
    void givesUpAHoleLeftByARollbackAfterTheTimeout() {
        cursor.applied(List.of(11L, 13L), T0);
        assertEquals(11, cursor.applied(List.of(), T0.plusSeconds(59)));
        assertEquals(13, cursor.applied(List.of(), T0.plusSeconds(60)));
        assertEquals(15, cursor.applied(List.of(14L, 15L), T0.plusSeconds(61)));
    }

    @Test
    void eachHoleHasItsOwnClock() {
        cursor.applied(List.of(11L, 13L), T0);
        cursor.applied(List.of(15L), T0.plusSeconds(50));
        assertEquals(13, cursor.applied(List.of(), T0.plusSeconds(60)), "first hole given up, second still waited for");
        assertEquals(15, cursor.applied(List.of(), T0.plusSeconds(110)));
    }
}
