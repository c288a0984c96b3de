package cn.scast.tianfu.popscience;

import cn.scast.tianfu.platform.RuleViolation;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Region containment, shared topics and the audience group decide who receives a 科普 item. */
class AudienceRuleTest {

    private static final Region CHENGDU = new Region("510100", null, null);
    private static final Region WUHOU = new Region("510100", "510107", null);
    private static final Region JIANGAN = new Region("510100", "510107", "浆洗街街道");
    private static final Region JINJIANG = new Region("510100", "510104", null);
    private static final Region ZIGONG = new Region("510300", null, null);
    private static final Set<PopScienceTopic> HEALTH = EnumSet.of(PopScienceTopic.HEALTH);

    @Test
    void eachLevelContainsTheLevelsBelowItButNotTheOtherWayRound() {
        assertTrue(Region.PROVINCE.contains(JIANGAN));
        assertTrue(CHENGDU.contains(WUHOU));
        assertTrue(WUHOU.contains(JIANGAN));
        assertTrue(WUHOU.contains(WUHOU));
        assertFalse(WUHOU.contains(CHENGDU), "a subscriber known only by city may live in any county");
        assertFalse(WUHOU.contains(JINJIANG));
        assertFalse(CHENGDU.contains(ZIGONG));
        assertFalse(JIANGAN.contains(new Region("510100", "510107", "簇桥街道")));
        assertEquals(1, Region.PROVINCE.level());
        assertEquals(4, JIANGAN.level());
    }

    @Test
    void aCountyItemReachesSubscribersInsideTheCountyWithASharedTopic() {
        AudienceRule.Target item = new AudienceRule.Target(WUHOU, EnumSet.of(PopScienceTopic.HEALTH, PopScienceTopic.SAFETY),
                Audience.PUBLIC);
        assertTrue(AudienceRule.reaches(item, interest(JIANGAN, HEALTH)));
        assertTrue(AudienceRule.reaches(item, interest(WUHOU, EnumSet.of(PopScienceTopic.SAFETY))));
        assertFalse(AudienceRule.reaches(item, interest(JINJIANG, HEALTH)), "another county");
        assertFalse(AudienceRule.reaches(item, interest(CHENGDU, HEALTH)), "only the city is known");
        assertFalse(AudienceRule.reaches(item, interest(WUHOU, EnumSet.of(PopScienceTopic.SPACE))), "no shared topic");
        assertFalse(AudienceRule.reaches(item, interest(WUHOU, EnumSet.noneOf(PopScienceTopic.class))), "no topic chosen");
    }

    @Test
    void anItemForOneGroupReachesOnlySubscribersOfThatGroup() {
        AudienceRule.Target forFarmers = new AudienceRule.Target(Region.PROVINCE, HEALTH, Audience.FARMERS);
        assertTrue(AudienceRule.reaches(forFarmers, new AudienceRule.Interest(ZIGONG, HEALTH, EnumSet.of(Audience.FARMERS))));
        assertFalse(AudienceRule.reaches(forFarmers, new AudienceRule.Interest(ZIGONG, HEALTH, EnumSet.of(Audience.YOUTH))));
        assertFalse(AudienceRule.reaches(forFarmers, interest(ZIGONG, HEALTH)));
    }

    @Test
    void aRegionNeedsEveryLevelAboveItAndACountyOfItsCity() {
        assertThrows(RuleViolation.class, () -> new Region(null, "510107", null));
        assertThrows(RuleViolation.class, () -> new Region("510100", null, "某街道"));
        assertThrows(RuleViolation.class, () -> new Region("510300", "510107", null));
        assertThrows(RuleViolation.class, () -> new Region("110000", null, null));
        assertEquals(Region.PROVINCE, new Region(" ", "", null));
    }

    private static AudienceRule.Interest interest(Region region, Set<PopScienceTopic> topics) {
        return new AudienceRule.Interest(region, topics, EnumSet.noneOf(Audience.class));
    }
}
