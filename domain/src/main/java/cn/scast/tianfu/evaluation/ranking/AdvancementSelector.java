package cn.scast.tianfu.evaluation.ranking;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Picks the entries that go on to the next round from a competition ranking. */
public final class AdvancementSelector {

    private final int places;
    private final AdvancementPolicy policy;

    public AdvancementSelector(int places, AdvancementPolicy policy) {
        if (places < 0) {
            throw new IllegalArgumentException("places must not be negative: " + places);
        }
        this.places = places;
        this.policy = policy;
    }

    /** @return ids of advancing entries, in rank order */
    public Set<String> advancing(List<RankedEntry> ranking) {
        Map<Integer, Integer> groupSize = new HashMap<>();
        for (RankedEntry r : ranking) {
            groupSize.merge(r.rank(), 1, Integer::sum);
        }
        Set<String> result = new LinkedHashSet<>();
        for (RankedEntry r : ranking) {
            // With "1224" ranks, a group starting at rank r occupies places r .. r + size − 1.
            int lastPlace = r.rank() + groupSize.get(r.rank()) - 1;
            boolean advances = switch (policy) {
                case INCLUDE_ALL_TIED -> r.rank() <= places;
                case EXCLUDE_TIED_GROUP -> lastPlace <= places;
            };
            if (advances) {
                result.add(r.entryId());
            }
        }
        return result;
    }
}
