package cn.scast.tianfu.popscience;

import java.util.Collections;
import java.util.Set;

/**
 * Who an item is pushed to: a subscriber whose region lies inside the item's region, who chose at least one of the
 * item's topics, and who belongs to the item's audience (an item for {@link Audience#PUBLIC} reaches every group; a
 * subscriber who named no group receives only items for the whole public).
 */
public final class AudienceRule {

    private AudienceRule() {
    }

    /** What an item targets. */
    public record Target(Region region, Set<PopScienceTopic> topics, Audience audience) {
    }

    /** What a subscriber chose. */
    public record Interest(Region region, Set<PopScienceTopic> topics, Set<Audience> groups) {
    }

    public static boolean reaches(Target item, Interest subscriber) {
        return item.region().contains(subscriber.region())
                && !Collections.disjoint(item.topics(), subscriber.topics())
                && (item.audience() == Audience.PUBLIC || subscriber.groups().contains(item.audience()));
    }
}
