package cn.scast.tianfu.matching;

import cn.scast.tianfu.listing.MarketSide;

import static cn.scast.tianfu.listing.ListingType.ACHIEVEMENT;
import static cn.scast.tianfu.listing.ListingType.REQUIREMENT;
import static cn.scast.tianfu.listing.ListingType.SCIENCE_POPULARISATION;
import static cn.scast.tianfu.listing.ListingType.TECH_SERVICE;
import static cn.scast.tianfu.matching.SampleListings.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The noise reported in issue 14: single characters and form template words (盐、双、技术、团队、成果)
 * made unrelated listings match and filled the explanations. These listings are test cases, not
 * tuning data (tuning uses bench/matching-eval).
 */
class MatchingNoiseTest {
    static final long SALINE_SOIL = 301;
    static final long PICKLE_FERMENTATION = 302;
    static final long ROTOR_DYNAMICS = 303;
    static final long BILINGUAL_VIDEO = 304;
    static final long SALINE_DEMAND = 401;
    static final long ROTOR_DEMAND = 402;

    private ListingIndex index;
    private ListingMatcher matcher;
    private final List<MatchableListing> listings = new ArrayList<>(all());

    @BeforeEach
    void setUp() throws IOException {
        listings.addAll(List.of(
                listing(SALINE_SOIL, ACHIEVEMENT, "滨海盐碱地生态修复",
                        "利用耐盐碱植物与土壤改良剂修复次生盐碱化土地，降低土壤含盐量。",
                        List.of("盐碱地", "土壤改良", "耐盐碱植物"), "210", "A0190", "510900"),
                listing(PICKLE_FERMENTATION, TECH_SERVICE, "四川泡菜发酵工艺优化",
                        "本团队在低盐泡菜发酵、乳酸菌筛选方面有成熟技术成果，可提供技术支持与合作。",
                        List.of("泡菜", "发酵", "乳酸菌"), "550", "C1539", "510100"),
                listing(ROTOR_DYNAMICS, ACHIEVEMENT, "航空发动机转子动力学分析",
                        "转子系统临界转速计算、模态分析与振动故障诊断，团队有多项技术成果。",
                        List.of("转子动力学", "模态分析", "振动"), "590", "C3744", "510100"),
                listing(BILINGUAL_VIDEO, SCIENCE_POPULARISATION, "双语科普视频制作",
                        "提供中英双语科普视频拍摄与制作技术支持，团队经验丰富，成果丰富。",
                        List.of("双语", "视频制作"), "860", "R8710", "510100"),
                listing(SALINE_DEMAND, REQUIREMENT, "盐碱化土壤耐盐植物筛选",
                        "需要盐碱化土壤改良方面的技术支持，寻求耐盐植物筛选相关的合作团队和成果。",
                        List.of("盐碱化", "耐盐植物"), null, null, null),
                listing(ROTOR_DEMAND, REQUIREMENT, "双转子系统模态分析",
                        "需要双转子系统模态分析方面的技术支持，寻求相关合作团队和成果。",
                        List.of("双转子", "模态分析"), null, null, null)));
        index = ListingIndex.inMemory();
        index.rebuild(listings);
        matcher = new ListingMatcher(index);
    }

    @AfterEach
    void tearDown() throws IOException {
        index.close();
    }

    private MatchableListing source(long id) {
        return listings.stream().filter(l -> l.id() == id).findFirst().orElseThrow();
    }

    private static List<String> sharedWords(Match match) {
        String detail = match.detail(MatchReasonType.SHARED_TERMS);
        return detail == null ? List.of() : List.of(detail.split(SharedTerms.SEPARATOR));
    }

    @Test
    void salineSoilDemandDoesNotGetThePickleListingFirst() throws IOException {
        List<Match> found = matcher.matchesFor(source(SALINE_DEMAND), MatchQuery.top(10));
        assertEquals(SALINE_SOIL, found.get(0).listingId(), found.toString());
        for (Match match : found) {
            List<String> shared = sharedWords(match);
            for (String noise : List.of("盐", "技术", "团队", "成果", "需要", "方面", "相关", "合作", "支持")) {
                assertFalse(shared.contains(noise), match.listingId() + " explained by " + shared);
            }
        }
    }

    @Test
    void twinRotorDemandDoesNotMatchTheBilingualVideo() throws IOException {
        List<Match> found = matcher.matchesFor(source(ROTOR_DEMAND), MatchQuery.top(10));
        assertEquals(ROTOR_DYNAMICS, found.get(0).listingId(), found.toString());
        assertTrue(sharedWords(found.get(0)).contains("模态分析"), found.get(0).toString());
        assertFalse(found.stream().anyMatch(m -> m.listingId() == BILINGUAL_VIDEO),
                "双 and 技术 are no reason to propose a bilingual video: " + found);
    }

    @Test
    void reasonsNeverShowStopWordsOrSingleCharactersAndAtMostFiveWords() throws IOException {
        int explained = 0;
        for (MatchableListing source : listings) {
            for (Match match : matcher.matchesFor(source, MatchQuery.top(10))) {
                List<String> shared = sharedWords(match);
                assertTrue(shared.size() <= SharedTerms.MAX_SHOWN, shared.toString());
                for (String word : shared) {
                    assertFalse(StopWords.isNoiseWord(word), source.id() + "→" + match.listingId() + " shows " + word);
                }
                explained += shared.isEmpty() ? 0 : 1;
            }
        }
        assertTrue(explained > 20, "the corpus must produce explained matches: " + explained);
    }

    @Test
    void aWordTheSegmenterSplitsIntoSingleCharactersStillMatchesThroughBigrams() throws IOException {
        // smartcn gives 储 + 能: two single characters, which no longer count as words
        List<Match> found = matcher.search("储能", MarketSide.SUPPLY, MatchQuery.top(5));
        assertEquals(GRAPHENE_SUPERCAPACITOR, found.get(0).listingId(), found.toString());
        assertEquals(List.of("储能"), sharedWords(found.get(0)));
    }

    @Test
    void stopListIsLoadedFromItsResourceFile() {
        for (String word : Set.of("的", "与", "需要", "技术支持", "方面", "相关", "合作", "团队", "单位", "支持", "技术", "成果")) {
            assertTrue(StopWords.contains(word), word);
        }
        assertFalse(StopWords.contains("石墨烯"));
        assertTrue(StopWords.isNoiseWord("盐"), "single characters are never shared words");
    }

    @Test
    void aWrongFieldDeclineLowersCandidatesOfTheDeclinedDiscipline() throws IOException {
        MatchableListing source = byId(GRAPHENE_STORAGE);
        List<Match> before = matcher.matchesFor(source, MatchQuery.top(10));
        Match thermalFilm = before.stream().filter(m -> m.listingId() == GRAPHENE_THERMAL_FILM).findFirst().orElseThrow();
        // the supercapacitor (430) was declined as "wrong field": the thermal film (also 430) drops
        MatchQuery afterDecline = new MatchQuery(10, Set.of(GRAPHENE_SUPERCAPACITOR), Set.of("430"), Set.of());
        List<Match> after = matcher.matchesFor(source, afterDecline);
        Match lowered = after.stream().filter(m -> m.listingId() == GRAPHENE_THERMAL_FILM).findFirst().orElseThrow();
        assertEquals(thermalFilm.score() * TaxonomyBoost.DECLINED_LIKE, lowered.score(), 1e-4f);
        assertEquals(thermalFilm.reasons(), lowered.reasons(), "a penalty adds no reason and keeps the others");
        assertFalse(after.stream().anyMatch(m -> m.listingId() == GRAPHENE_SUPERCAPACITOR));
    }

    @Test
    void aTooFarDeclineLowersCandidatesInTheDeclinedCity() throws IOException {
        MatchableListing source = byId(GRAPHENE_STORAGE);
        Match before = matcher.matchesFor(source, MatchQuery.top(10)).stream()
                .filter(m -> m.listingId() == GRAPHENE_THERMAL_FILM).findFirst().orElseThrow();
        Match after = matcher.matchesFor(source, new MatchQuery(10, Set.of(), Set.of(), Set.of("510100"))).stream()
                .filter(m -> m.listingId() == GRAPHENE_THERMAL_FILM).findFirst().orElseThrow();
        assertEquals(before.score() * TaxonomyBoost.DECLINED_LIKE, after.score(), 1e-4f);
    }
}
