package cn.scast.tianfu.platform;

import java.io.Serializable;

/**
 * Which page of a sorted search to read. {@code after}: start behind the row with this id (keyset seek,
 * fast at any depth), then skip {@code offset} rows; {@code fromEnd}: count {@code offset} from the last
 * row instead (fast for the last pages); {@code counted}: also count all matching rows.
 */
public record PageRequest(int offset, int limit, Long after, boolean fromEnd, boolean counted) implements Serializable {

    public static PageRequest first(int limit) {
        return new PageRequest(0, limit, null, false, true);
    }

    public static PageRequest at(int offset, int limit) {
        return new PageRequest(offset, limit, null, false, true);
    }

    public PageRequest clamped(int maxLimit) {
        return new PageRequest(Math.max(0, offset), Math.max(1, Math.min(limit, maxLimit)), after, fromEnd && after == null, counted);
    }
}
