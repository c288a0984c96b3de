package cn.scast.tianfu.matching;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How far this node's index has read the listing_change outbox. Ids are handed out when a change is written but
 * become visible when its transaction commits, so a later id can be read before an earlier one, and a rolled-back
 * transaction leaves its ids missing for ever. The cursor therefore keeps two things: the highest id read, and the
 * gaps below it whose transactions may still commit. New changes are read above the highest id, late ones inside the
 * gaps, so every change is read exactly once and a gap never holds back the changes after it. A gap is given up
 * {@code gapTimeout} after it was first seen. The position (everything at or below it read) is what survives a
 * restart: the start of the oldest open gap, or the highest id read.
 */
final class ChangeCursor {

    /** Ids {@code from..to} (inclusive) not read yet, missing since {@code since}. */
    record Gap(long from, long to, Instant since) {
    }

    private final Duration gapTimeout;
    private long highestRead;
    private final TreeMap<Long, Gap> gapsByStart = new TreeMap<>();

    ChangeCursor(long position, Duration gapTimeout) {
        this.highestRead = position;
        this.gapTimeout = gapTimeout;
    }

    /** Every change at or below this id has been read. */
    long position() {
        return gapsByStart.isEmpty() ? highestRead : gapsByStart.firstKey() - 1;
    }

    /** New changes are read above this id. */
    long highestRead() {
        return highestRead;
    }

    /** The gaps whose late changes are still to be looked for, oldest ids first. */
    List<Gap> openGaps() {
        return List.copyOf(gapsByStart.values());
    }

    /** Records the changes read (new ones and late ones in any order); returns the new position. */
    long read(List<Long> changeIds, Instant now) {
        for (long id : changeIds.stream().sorted().toList()) {
            if (id > highestRead) {
                if (id > highestRead + 1) {
                    gapsByStart.put(highestRead + 1, new Gap(highestRead + 1, id - 1, now));
                }
                highestRead = id;
            } else {
                fill(id);
            }
        }
        return giveUpGapsOlderThan(now);
    }

    /** Gives up the gaps waited for long enough (their transactions rolled back); returns the new position. */
    long giveUpGapsOlderThan(Instant now) {
        gapsByStart.values().removeIf(gap -> Duration.between(gap.since(), now).compareTo(gapTimeout) >= 0);
        return position();
    }

    private void fill(long id) {
        Map.Entry<Long, Gap> entry = gapsByStart.floorEntry(id);
        if (entry == null || entry.getValue().to() < id) {
            return; // read before, or a gap already given up
        }
        Gap gap = entry.getValue();
        gapsByStart.remove(gap.from());
        List<Gap> rest = new ArrayList<>(2);
        if (gap.from() < id) {
            rest.add(new Gap(gap.from(), id - 1, gap.since()));
        }
        if (id < gap.to()) {
            rest.add(new Gap(id + 1, gap.to(), gap.since()));
        }
        rest.forEach(part -> gapsByStart.put(part.from(), part));
    }
}
