package cn.scast.tianfu.matching;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * How many matches to return and which listing ids (of the side being searched) must never be
 * proposed: declined pairs, listings already in a cooperation, ...
 */
public record MatchQuery(int limit, Set<Long> excludedIds) {
    public static final int MAX_LIMIT = 1000;

    public MatchQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ": " + limit);
        }
        excludedIds = excludedIds == null ? Set.of() : Set.copyOf(excludedIds);
    }

    public static MatchQuery top(int limit) {
        return new MatchQuery(limit, Set.of());
    }

    public MatchQuery excluding(Collection<Long> ids) {
        Set<Long> all = new HashSet<>(excludedIds);
        all.addAll(ids);
        return new MatchQuery(limit, all);
    }
}
