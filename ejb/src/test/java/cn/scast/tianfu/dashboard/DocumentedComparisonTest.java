package cn.scast.tianfu.dashboard;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DocumentedComparisonTest {

    private static final KpiSnapshot WORKERS = new KpiSnapshot("精准联系科技工作者（团队）", new BigDecimal("136.00"), "万人",
            "2022", "003_newspaper-nanny-service-opinion.txt");

    @Test
    void smallCountsKeepThreeSignificantDigitsInTenThousands() {
        DocumentedComparison c = DocumentedComparison.of("科技工作者（团队）", BigDecimal.valueOf(4_237), 10_000, "万人", WORKERS);

        assertEquals("0.424 万人", c.liveText());
        assertEquals(4_237, c.liveCount());
        assertEquals("136 万人", c.documentedText());
    }

    @Test
    void largeCountsAreRoundedLikeTheDocuments() {
        assertEquals("136 万人", DocumentedComparison.of("x", BigDecimal.valueOf(1_361_234), 10_000, "万人", null).liveText());
        assertEquals("17.5 万家", DocumentedComparison.of("x", BigDecimal.valueOf(174_980), 10_000, "万家", null).liveText());
        assertEquals("1800 名", DocumentedComparison.of("x", BigDecimal.valueOf(1_800), 1, "名", null).liveText());
        assertEquals("0 万单", DocumentedComparison.of("x", BigDecimal.ZERO, 10_000, "万单", null).liveText());
    }

    @Test
    void aMissingDocumentedFigureIsShownAsADash() {
        assertEquals("—", DocumentedComparison.of("x", BigDecimal.ONE, 1, "个", null).documentedText());
    }
}
