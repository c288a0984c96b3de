package cn.scast.tianfu.platform;

import java.io.Serializable;
import java.util.List;

/**
 * One page of a search: the rows, the total matching (-1 when the caller did not ask for it), where the
 * page starts, and {@code next}: the id to pass as {@code after} for the following page (null on the last).
 */
public record Page<T>(List<T> items, long total, int offset, int limit, Long next) implements Serializable {

    public Page(List<T> items, long total, int offset, int limit) {
        this(items, total, offset, limit, null);
    }
}
