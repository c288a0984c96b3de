package cn.scast.tianfu.evaluation;

import java.util.Objects;

/**
 * What the engine needs to know about an entry (申报项目/参赛作品): its category, the entrant's
 * organisation and the unit that recommended it (推荐单位); the last two may be null.
 */
public record EntryProfile(String id, String category, String organisation, String recommendingUnit) {

    public EntryProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
    }
}
