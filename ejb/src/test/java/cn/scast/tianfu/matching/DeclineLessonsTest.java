package cn.scast.tianfu.matching;

import cn.scast.tianfu.listing.Listing;
import cn.scast.tianfu.listing.ListingType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeclineLessonsTest {

    private static Listing listing(ListingType kind, String keywords, String amount) {
        return new Listing("T-" + keywords, kind, "标题", null, keywords, null, null, null,
                amount == null ? null : new BigDecimal(amount), "单位", Instant.parse("2026-12-06T00:00:00Z"));
    }

    private final Listing demand = listing(ListingType.REQUIREMENT, "漏液;电堆密封", "300");

    @Test
    void noDeclinesNoChange() {
        assertTrue(DeclineLessons.of(demand, List.of(), List.of()).isEmpty());
    }

    @Test
    void aSolvedDeclineLowersCandidatesSharingTheDeclinedKeywords() {
        DeclineLessons lessons = DeclineLessons.of(demand,
                List.of(listing(ListingType.ACHIEVEMENT, "电堆密封;密封件", null)), List.of());
        assertEquals(DeclineLessons.FACTOR, lessons.factor(listing(ListingType.TECH_SERVICE, "电堆密封;胶条", null)));
        assertEquals(1f, lessons.factor(listing(ListingType.TECH_SERVICE, "漏液;修复", null)));
    }

    @Test
    void aDemandsBudgetDeclineLowersSuppliesAskingAsMuchOrMore() {
        DeclineLessons lessons = DeclineLessons.of(demand, List.of(),
                List.of(listing(ListingType.HIGH_TECH, "漏液", "500"), listing(ListingType.HIGH_TECH, "漏液", "900")));
        assertEquals(DeclineLessons.FACTOR, lessons.factor(listing(ListingType.HIGH_TECH, "漏液", "500")));
        assertEquals(DeclineLessons.FACTOR, lessons.factor(listing(ListingType.HIGH_TECH, "漏液", "800")));
        assertEquals(1f, lessons.factor(listing(ListingType.HIGH_TECH, "漏液", "499.99")));
        assertEquals(1f, lessons.factor(listing(ListingType.HIGH_TECH, "漏液", null)), "no amount, no judgement");
    }

    @Test
    void aSuppliesBudgetDeclineLowersDemandsOfferingAsLittleOrLess() {
        Listing supply = listing(ListingType.HIGH_TECH, "漏液", "500");
        DeclineLessons lessons = DeclineLessons.of(supply, List.of(), List.of(listing(ListingType.REQUIREMENT, "漏液", "300")));
        assertEquals(DeclineLessons.FACTOR, lessons.factor(listing(ListingType.REQUIREMENT, "漏液", "200")));
        assertEquals(1f, lessons.factor(listing(ListingType.REQUIREMENT, "漏液", "1000")));
    }
}
