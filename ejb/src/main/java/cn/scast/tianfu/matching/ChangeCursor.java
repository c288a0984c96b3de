package cn.scast.tianfu.matching;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How far this node's index has applied the listing_change outbox. Ids are handed out when a change is written but
 * become visible when its transaction commits, so a later id can be read before an earlier one. The cursor's position
 * therefore only moves over ids without a hole: every change at or below it is applied. A hole is waited for until
 * {@code holeTimeout} after it was first seen (a rolled-back transaction leaves a hole for ever); changes above the
 * position that were already applied are remembered, so they are not applied again while a hole is open.
 */
final class ChangeCursor {

    private final Duration holeTimeout;
    private long position;
    private final Set<Long> appliedAbove = new HashSet<>();
    /** First missing id of each open hole → when it was first seen missing. */
    private final TreeMap<Long, Instant> holesSince = new TreeMap<>();

    ChangeCursor(long position, Duration holeTimeout) {
        this.position = position;
        this.holeTimeout = holeTimeout;
    }

    long position() {
        return position;
    }

    /** Whether the change still needs applying (it was not applied since the position last moved past it). */
    boolean needs(long changeId) {
        return changeId > position && !appliedAbove.contains(changeId);
    }

    /**
     * Records that the changes read (ids above the position, ascending) are applied and moves the position as far as
     * it may; returns the new position.
     */
    long applied(List<Long> changeIds, Instant now) {
        appliedAbove.addAll(changeIds);
        noteHoles(now);
        while (true) {
            long next = position + 1;
            if (appliedAbove.remove(next)) {
                position = next;
                continue;
            }
            Long lowestAbove = appliedAbove.stream().min(Long::compare).orElse(null);
            if (lowestAbove == null) {
                break;
            }
            Instant seen = holesSince.getOrDefault(next, now);
            if (Duration.between(seen, now).compareTo(holeTimeout) < 0) {
                break;
            }
            // waited long enough: the missing ids were rolled back
            position = lowestAbove - 1;
        }
        holesSince.headMap(position, true).clear();
        return position;
    }

    /** A hole is known from the moment a change above it is applied; its clock starts then. */
    private void noteHoles(Instant now) {
        long previous = position;
        for (long id : new TreeSet<>(appliedAbove)) {
            if (id > previous + 1) {
                holesSince.putIfAbsent(previous + 1, now);
            }
            previous = id;
        }
    }
}
