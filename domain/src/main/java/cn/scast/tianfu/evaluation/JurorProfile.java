package cn.scast.tianfu.evaluation;

import java.util.Objects;
import java.util.Set;

/** What the engine needs to know about a juror: identity, employer and the categories they may judge. */
public record JurorProfile(String id, String name, String organisation, Set<String> categories) {

    public JurorProfile {
        Objects.requireNonNull(id, "id");
        categories = Set.copyOf(categories);
    }

    public boolean canJudge(String category) {
        return categories.contains(category);
    }
}
