package cn.scast.tianfu.matching;

import cn.scast.tianfu.listing.ListingState;
import cn.scast.tianfu.listing.ListingType;
import cn.scast.tianfu.listing.MarketSide;

import static cn.scast.tianfu.matching.SampleListings.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ListingMatcherTest {
    private ListingIndex index;
    private ListingMatcher matcher;

    @BeforeEach
    void setUp() throws IOException {
        index = SampleListings.indexed();
        matcher = new ListingMatcher(index);
    }

    @AfterEach
    void tearDown() throws IOException {
        index.close();
    }

    private List<Long> ids(List<Match> matches) {
        return matches.stream().map(Match::listingId).toList();
    }

    private Match matchFor(long sourceId, long candidateId) throws IOException {
        return matcher.matchesFor(byId(sourceId), MatchQuery.top(20)).stream()
                .filter(m -> m.listingId() == candidateId).findFirst()
                .orElseThrow(() -> new AssertionError(candidateId + " not proposed for " + sourceId));
    }

    @Test
    void smartcnSegmentsCompoundsTheWayTheExplanationsAssume() {
        try (SmartChineseAnalyzer analyzer = new SmartChineseAnalyzer()) {
            assertEquals(List.of("石墨", "烯", "超级", "电容器"), terms(analyzer, "石墨烯超级电容器"));
            assertEquals(List.of("储", "能"), terms(analyzer, "储能"));
            assertEquals(List.of("锂", "电池", "正极", "材料", "循环", "寿命", "提升"), terms(analyzer, "锂电池正极材料循环寿命提升"));
            assertEquals(List.of("川芎", "种植", "病虫害", "防治"), terms(analyzer, "川芎种植病虫害防治"));
        }
    }

    private static List<String> terms(SmartChineseAnalyzer analyzer, String text) {
        return ChineseText.tokens(analyzer, ListingDocument.TITLE, text).stream().map(ChineseText.Token::term).toList();
    }

    @Test
    void expectedSupplyRanksFirstForEachDemand() throws IOException {
        assertEquals(CATHODE_MODIFICATION, ids(matcher.matchesFor(byId(CATHODE_CYCLE_LIFE), MatchQuery.top(5))).get(0));
        assertEquals(GRAPHENE_SUPERCAPACITOR, ids(matcher.matchesFor(byId(GRAPHENE_STORAGE), MatchQuery.top(5))).get(0));
        assertEquals(TEA_PRODUCTION_LINE, ids(matcher.matchesFor(byId(TEA_EQUIPMENT), MatchQuery.top(5))).get(0));
        assertEquals(CHUANXIONG_PEST_CONTROL, ids(matcher.matchesFor(byId(CHUANXIONG_ROT), MatchQuery.top(5))).get(0));
        assertEquals(BAIJIU_FERMENTATION, ids(matcher.matchesFor(byId(BAIJIU_FLAVOUR), MatchQuery.top(5))).get(0));
        assertEquals(BATTERY_RECYCLING, ids(matcher.matchesFor(byId(RETIRED_BATTERIES), MatchQuery.top(5))).get(0));
    }

    @Test
    void expectedDemandRanksFirstForASupply() throws IOException {
        assertEquals(CATHODE_CYCLE_LIFE, ids(matcher.matchesFor(byId(CATHODE_MODIFICATION), MatchQuery.top(5))).get(0));
    }

    @Test
    void unrelatedListingsAreNotProposed() throws IOException {
        List<Long> found = ids(matcher.matchesFor(byId(CATHODE_CYCLE_LIFE), MatchQuery.top(20)));
        assertFalse(found.contains(TEA_PRODUCTION_LINE), found.toString());
        assertFalse(found.contains(PANDA_EXHIBITION), found.toString());
    }

    @Test
    void sharedTermsRejoinSplitCompoundsIntoReadableWords() throws IOException {
        Match match = matchFor(GRAPHENE_STORAGE, GRAPHENE_SUPERCAPACITOR);
        List<String> shared = List.of(match.detail(MatchReasonType.SHARED_TERMS).split(SharedTerms.SEPARATOR));
        assertTrue(shared.contains("石墨烯"), shared.toString());
        assertTrue(shared.contains("储能"), shared.toString());
        assertFalse(shared.contains("烯"), "fragments must not be shown: " + shared);
        assertFalse(shared.contains("石墨"), "fragments must not be shown: " + shared);
    }

    @Test
    void sharedTermsListTheWordsOfTheCathodeMatch() throws IOException {
        String detail = matchFor(CATHODE_CYCLE_LIFE, CATHODE_MODIFICATION).detail(MatchReasonType.SHARED_TERMS);
        List<String> shared = List.of(detail.split(SharedTerms.SEPARATOR));
        assertTrue(shared.containsAll(List.of("正极材料", "循环寿命")), detail);
        assertFalse(shared.contains("茶叶"), detail);
    }

    @Test
    void taxonomyAndRegionReasonsAreReported() throws IOException {
        Match match = matchFor(CATHODE_CYCLE_LIFE, CATHODE_MODIFICATION);
        assertEquals("430", match.detail(MatchReasonType.SAME_DISCIPLINE));
        assertEquals("C3841", match.detail(MatchReasonType.SAME_INDUSTRY));
        assertEquals("510600", match.detail(MatchReasonType.SAME_CITY));

        Match graphene = matchFor(GRAPHENE_STORAGE, GRAPHENE_THERMAL_FILM);
        assertNull(graphene.detail(MatchReasonType.SAME_INDUSTRY_DIVISION), "C3849 and C3985 are different divisions");
        assertNull(graphene.detail(MatchReasonType.SAME_INDUSTRY));
        assertEquals("430", graphene.detail(MatchReasonType.SAME_DISCIPLINE));

        Match supercap = matchFor(GRAPHENE_STORAGE, GRAPHENE_SUPERCAPACITOR);
        assertEquals("C3849", supercap.detail(MatchReasonType.SAME_INDUSTRY));
    }

    @Test
    void industryDivisionAndCountyInSameCityCount() throws IOException {
        try (ListingIndex own = ListingIndex.inMemory()) {
            own.upsert(listing(1, ListingType.TECH_SERVICE, "川芎种植技术", "", List.of(), "21010", "A0171", "510181"));
            MatchableListing demand = listing(2, ListingType.REQUIREMENT, "川芎种植", "", List.of(), "21020", "A0179", "510104");
            Match match = new ListingMatcher(own).matchesFor(demand, MatchQuery.top(1)).get(0);
            assertEquals("210", match.detail(MatchReasonType.SAME_DISCIPLINE_GROUP));
            assertEquals("A01", match.detail(MatchReasonType.SAME_INDUSTRY_DIVISION));
            assertEquals("510100", match.detail(MatchReasonType.SAME_CITY));
            assertNull(match.detail(MatchReasonType.SAME_DISCIPLINE));
        }
    }

    @Test
    void sameCityReordersOtherwiseEqualCandidates() throws IOException {
        try (ListingIndex own = ListingIndex.inMemory()) {
            ListingMatcher local = new ListingMatcher(own);
            String title = "石墨烯超级电容器";
            String text = "石墨烯电极材料的超级电容器。";
            own.upsert(listing(301, ListingType.ACHIEVEMENT, title, text, List.of("石墨烯"), "430", "C3849", "510700"));
            own.upsert(listing(302, ListingType.ACHIEVEMENT, title, text, List.of("石墨烯"), "430", "C3849", "510100"));
            MatchableListing noCity = listing(400, ListingType.REQUIREMENT, "石墨烯电容器", "", List.of(), "430", "C3849", null);
            MatchableListing chengdu = listing(401, ListingType.REQUIREMENT, "石墨烯电容器", "", List.of(), "430", "C3849", "510100");

            List<Match> tie = local.matchesFor(noCity, MatchQuery.top(2));
            assertEquals(List.of(301L, 302L), ids(tie), "equal scores are ordered by id");
            assertEquals(tie.get(0).score(), tie.get(1).score());

            List<Match> boosted = local.matchesFor(chengdu, MatchQuery.top(2));
            assertEquals(List.of(302L, 301L), ids(boosted));
            assertTrue(boosted.get(0).score() > boosted.get(1).score());
            assertEquals("510100", boosted.get(0).detail(MatchReasonType.SAME_CITY));
            assertNull(boosted.get(1).detail(MatchReasonType.SAME_CITY));
        }
    }

    @Test
    void declinedIdsAreNeverReturned() throws IOException {
        MatchableListing source = byId(GRAPHENE_STORAGE);
        List<Long> before = ids(matcher.matchesFor(source, MatchQuery.top(20)));
        assertTrue(before.containsAll(List.of(GRAPHENE_SUPERCAPACITOR, GRAPHENE_THERMAL_FILM)), before.toString());

        List<Long> after = ids(matcher.matchesFor(source,
                MatchQuery.top(20).excluding(List.of(GRAPHENE_SUPERCAPACITOR, GRAPHENE_THERMAL_FILM))));
        assertFalse(after.contains(GRAPHENE_SUPERCAPACITOR), after.toString());
        assertFalse(after.contains(GRAPHENE_THERMAL_FILM), after.toString());
        assertEquals(before.stream().filter(id -> id != GRAPHENE_SUPERCAPACITOR && id != GRAPHENE_THERMAL_FILM).toList(), after);

        List<Long> text = ids(matcher.search("石墨烯", MarketSide.SUPPLY, MatchQuery.top(20).excluding(List.of(GRAPHENE_SUPERCAPACITOR))));
        assertEquals(List.of(GRAPHENE_THERMAL_FILM), text);
    }

    @Test
    void onlyListingsOfTheOppositeSideAreProposed() throws IOException {
        Set<Long> supplyIds = all().stream().filter(l -> l.side() == MarketSide.SUPPLY).map(MatchableListing::id).collect(Collectors.toSet());
        int proposals = 0;
        for (MatchableListing source : all()) {
            List<Match> matches = matcher.matchesFor(source, MatchQuery.top(50));
            proposals += matches.size();
            for (Match m : matches) {
                assertEquals(source.side() == MarketSide.DEMAND, supplyIds.contains(m.listingId()),
                        source.id() + " was matched with " + m.listingId());
                assertNotEquals(source.id(), m.listingId());
            }
        }
        assertTrue(proposals > all().size(), "the corpus must produce matches at all");
    }

    @Test
    void freeTextSearchFindsTheRightSide() throws IOException {
        List<Match> supplies = matcher.search("石墨烯 储能", MarketSide.SUPPLY, MatchQuery.top(5));
        assertEquals(GRAPHENE_SUPERCAPACITOR, supplies.get(0).listingId());
        assertTrue(supplies.get(0).detail(MatchReasonType.SHARED_TERMS).contains("储能"));
        List<Match> demands = matcher.search("石墨烯 储能", MarketSide.DEMAND, MatchQuery.top(5));
        assertEquals(List.of(GRAPHENE_STORAGE), ids(demands));
        assertTrue(matcher.search("", MarketSide.SUPPLY, MatchQuery.top(5)).isEmpty());
        assertTrue(matcher.search("量子计算", MarketSide.SUPPLY, MatchQuery.top(5)).isEmpty());
    }

    @Test
    void resultsAreDeterministicAndLimited() throws IOException {
        MatchableListing source = byId(GRAPHENE_STORAGE);
        List<Match> first = matcher.matchesFor(source, MatchQuery.top(2));
        assertEquals(2, first.size());
        for (int i = 0; i < 5; i++) {
            assertEquals(first, matcher.matchesFor(source, MatchQuery.top(2)));
        }
        List<Match> longer = matcher.matchesFor(source, MatchQuery.top(10));
        assertEquals(first, longer.subList(0, 2));
        for (int i = 1; i < longer.size(); i++) {
            assertTrue(longer.get(i - 1).score() >= longer.get(i).score());
        }
    }

    @Test
    void deleteAndUpsertAreReflectedInTheNextSearch() throws IOException {
        MatchableListing source = byId(CATHODE_CYCLE_LIFE);
        assertEquals(CATHODE_MODIFICATION, ids(matcher.matchesFor(source, MatchQuery.top(5))).get(0));

        index.delete(CATHODE_MODIFICATION);
        assertFalse(ids(matcher.matchesFor(source, MatchQuery.top(20))).contains(CATHODE_MODIFICATION));

        index.upsert(byId(CATHODE_MODIFICATION));
        assertEquals(CATHODE_MODIFICATION, ids(matcher.matchesFor(source, MatchQuery.top(5))).get(0));

        MatchableListing matched = byId(CATHODE_MODIFICATION);
        index.upsert(new MatchableListing(matched.id(), matched.kind(), matched.title(), matched.description(),
                matched.keywords(), matched.disciplineCode(), matched.industryCode(), matched.cityCode(),
                ListingState.MATCHED));
        assertFalse(ids(matcher.matchesFor(source, MatchQuery.top(20))).contains(CATHODE_MODIFICATION));

        index.upsert(listing(CATHODE_MODIFICATION, ListingType.HIGH_TECH, "茶园无人机", "茶园巡检。", List.of("无人机"), "210", "A0164", "511800"));
        assertFalse(ids(matcher.matchesFor(source, MatchQuery.top(20))).contains(CATHODE_MODIFICATION));
        assertEquals(all().size(), index.count());
    }

    /**
     * Whole words are looked up in the candidates' keywords; elsewhere in a candidate's text a word is found through
     * its bigrams, and still shown as the reason. The same word among the candidate's keywords ranks it higher.
     */
    @Test
    void aWordOnlyInTheDescriptionIsFoundAndTheSameWordAsAKeywordRanksHigher() throws IOException {
        // The same characters in both listings (so the same bigram scores), 病虫害 in the description of one and
        // among the keywords of the other; the lower id would win a tie.
        String title = "猕猴桃绿色防控技术";
        index.upsert(listing(161, ListingType.ACHIEVEMENT, title, "针对溃疡病等病虫害的生物防治方案。",
                List.of("绿色防控", "根腐病"), "210", "A0164", "511800"));
        index.upsert(listing(162, ListingType.ACHIEVEMENT, title, "针对溃疡病等根腐病的生物防治方案。",
                List.of("绿色防控", "病虫害"), "210", "A0164", "511800"));
        MatchableListing demand = listing(160, ListingType.REQUIREMENT, "猕猴桃病虫害", "", List.of("病虫害"), "210", "A0164", "511800");

        List<Match> matches = matcher.matchesFor(demand, MatchQuery.top(20));
        List<Long> found = ids(matches);
        assertTrue(found.contains(161L), "the word in the description is found through its bigrams: " + found);
        assertTrue(found.indexOf(162L) < found.indexOf(161L), "the same word as a keyword counts more: " + found);
        Match descriptionOnly = matches.get(found.indexOf(161L));
        assertTrue(descriptionOnly.detail(MatchReasonType.SHARED_TERMS).contains("病虫害"), descriptionOnly.toString());
    }

    @Test
    void supplementaryCharactersAreIndexedAndSearchable() throws IOException {
        index.upsert(listing(150, ListingType.ACHIEVEMENT, "𠮷祥石墨烯涂料", "含扩展汉字𠮷与𩸽的描述，😀表情也不应出错。",
                List.of("𠮷", "涂料"), "430", "C2641", "510100"));
        assertEquals(all().size() + 1, index.count());
        List<Match> found = matcher.search("𠮷祥", MarketSide.SUPPLY, MatchQuery.top(5));
        assertEquals(List.of(150L), ids(found), "characters outside the BMP are indexed and found");
        assertEquals("𠮷祥", found.get(0).detail(MatchReasonType.SHARED_TERMS),
                "a single character alone is never shown; its bigram with the next character is");
        assertTrue(ids(matcher.matchesFor(byId(GRAPHENE_STORAGE), MatchQuery.top(20))).contains(150L));
    }
}
