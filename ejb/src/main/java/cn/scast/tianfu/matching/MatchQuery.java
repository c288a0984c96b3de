package cn.scast.tianfu.matching;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * How many matches to return, which listing ids (of the side being searched) must never be proposed
 * (declined pairs, listings already in a cooperation, ...), and which discipline and city codes the
 * source's declines said were wrong ("wrong field", "too far"): candidates carrying them are lowered.
 */
public record MatchQuery(int limit, Set<Long> excludedIds, Set<String> lowerDisciplines, Set<String> lowerCities) {
    public static final int MAX_LIMIT = 1000;

    public MatchQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ": " + limit);
        }
        excludedIds = excludedIds == null ? Set.of() : Set.copyOf(excludedIds);
        lowerDisciplines = lowerDisciplines == null ? Set.of() : Set.copyOf(lowerDisciplines);
        lowerCities = lowerCities == null ? Set.of() : Set.copyOf(lowerCities);
    }

    public MatchQuery(int limit, Set<Long> excludedIds) {
        this(limit, excludedIds, Set.of(), Set.of());
    }

    /** Lowers candidates of these discipline codes and these cities (prefectures) for this query. */
    public MatchQuery lowering(Collection<String> disciplines, Collection<String> cities) {
        Set<String> d = new HashSet<>(lowerDisciplines);
        d.addAll(disciplines);
        Set<String> c = new HashSet<>(lowerCities);
        c.addAll(cities);
        return new MatchQuery(limit, excludedIds, d, c);
    }

    public static MatchQuery top(int limit) {
        return new MatchQuery(limit, Set.of());
    }

    public MatchQuery excluding(Collection<Long> ids) {
        Set<Long> all = new HashSet<>(excludedIds);
        all.addAll(ids);
        return new MatchQuery(limit, all, lowerDisciplines, lowerCities);
    }
}
