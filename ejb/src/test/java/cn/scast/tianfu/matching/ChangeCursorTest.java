package cn.scast.tianfu.matching;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChangeCursorTest {

    private static final Instant T0 = Instant.parse("2026-12-06T00:00:00Z");
    private final ChangeCursor cursor = new ChangeCursor(10, Duration.ofSeconds(60));

    @Test
    void movesOverContiguousChanges() {
        assertEquals(13, cursor.read(List.of(11L, 12L, 13L), T0));
        assertEquals(13, cursor.highestRead());
        assertTrue(cursor.openGaps().isEmpty());
    }

    @Test
    void keepsTheGapOfATransactionThatMayStillCommit() {
        assertEquals(11, cursor.read(List.of(11L, 13L, 14L), T0));
        assertEquals(14, cursor.highestRead(), "changes after the gap are read at once");
        assertEquals(List.of(new ChangeCursor.Gap(12, 12, T0)), cursor.openGaps());
        assertEquals(11, cursor.giveUpGapsOlderThan(T0.plusSeconds(30)));
        assertEquals(14, cursor.read(List.of(12L), T0.plusSeconds(31)), "the late change closes the gap");
        assertTrue(cursor.openGaps().isEmpty());
    }

    @Test
    void aGapDoesNotHoldBackTheChangesAfterIt() {
        cursor.read(List.of(12L), T0);
        cursor.read(List.of(13L, 14L, 15L), T0.plusSeconds(1));
        cursor.read(List.of(16L), T0.plusSeconds(2));
        assertEquals(16, cursor.highestRead());
        assertEquals(10, cursor.position(), "the restart point stays before the gap");
    }

    @Test
    void aLateChangeInsideAWideGapSplitsIt() {
        cursor.read(List.of(20L), T0);
        cursor.read(List.of(15L), T0.plusSeconds(5));
        assertEquals(List.of(new ChangeCursor.Gap(11, 14, T0), new ChangeCursor.Gap(16, 19, T0)), cursor.openGaps());
        assertEquals(10, cursor.position());
    }

    @Test
    void givesUpAGapLeftByARollbackAfterTheTimeout() {
        cursor.read(List.of(11L, 13L), T0);
        assertEquals(11, cursor.giveUpGapsOlderThan(T0.plusSeconds(59)));
        assertEquals(13, cursor.giveUpGapsOlderThan(T0.plusSeconds(60)));
        assertEquals(13, cursor.read(List.of(12L), T0.plusSeconds(61)), "a change after giving up is not read again");
        assertEquals(15, cursor.read(List.of(14L, 15L), T0.plusSeconds(61)));
    }

    @Test
    void eachGapHasItsOwnClock() {
        cursor.read(List.of(11L, 13L), T0);
        cursor.read(List.of(15L), T0.plusSeconds(50));
        assertEquals(13, cursor.giveUpGapsOlderThan(T0.plusSeconds(60)), "first gap given up, second still waited for");
        assertEquals(15, cursor.giveUpGapsOlderThan(T0.plusSeconds(110)));
    }
}
