package cn.scast.tianfu.award;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AwardEditionTest {

    private final AwardEdition papers = new AwardEdition(1, AwardType.PAPER, LocalDate.of(2024, 7, 1),
            LocalDate.of(2025, 6, 30), 6);

    @Test
    void bothEndsOfThePublicationWindowCount() {
        assertTrue(papers.publishedInWindow(LocalDate.of(2024, 7, 1)));
        assertTrue(papers.publishedInWindow(LocalDate.of(2025, 6, 30)));
        assertFalse(papers.publishedInWindow(LocalDate.of(2024, 6, 30)));
        assertFalse(papers.publishedInWindow(LocalDate.of(2025, 7, 1)));
        assertFalse(papers.publishedInWindow(null));
    }

    @Test
    void awardsWithoutAWindowTakeAnyDate() {
        assertTrue(new AwardEdition(2, AwardType.SOCIETY, null, null, 10).publishedInWindow(null));
    }

    @Test
    void authorRolesAreReadFromCodesOrChineseLabels() {
        assertEquals(AuthorRole.FIRST, AuthorRole.parse(" 第一作者 "));
        assertEquals(AuthorRole.CORRESPONDING, AuthorRole.parse("corresponding"));
        assertNull(AuthorRole.parse("第二作者"));
    }
}
