package cn.scast.tianfu.it.evaluation;

import cn.scast.tianfu.it.support.Browser;
import cn.scast.tianfu.it.support.ClientTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A juror of the demo award (blind 初评) in a real browser: sees only their own entries without the
 * entrants' identities, gets a field message for an out-of-range score, submits a sheet and sees progress.
 */
@ClientTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EvaluationJuryScreenIT {

    /** Entrants of the demo papers: none may appear on a blind juror's screen. */
    private static final List<String> ENTRANTS = List.of("张若涵", "刘思远", "赵一鸣", "黄佳怡", "杨志强", "周海波",
            "吴晓峰", "郑雨欣");
    /** The 四川大学 papers: juror1 works at 四川大学 and must never be given them. */
    private static final List<String> OWN_ORGANISATION_PAPERS = List.of("面向川渝地区的多源遥感影像智能解译方法",
            "大渡河梯级电站群联合调度关键技术");
    private static final Pattern PROGRESS = Pattern.compile("已提交 (\\d+) / (\\d+)");

    private Browser browser;

    @BeforeEach
    void signIn() {
        browser = new Browser();
        browser.signInAt("/admin/evaluation/my-entries.xhtml", "juror1", "Tianfu@2026");
        browser.awaitText("pageTitle", "我的评审");
    }

    @AfterEach
    void closeBrowser() {
        browser.close(); // a failure's screenshot is taken by BrowserScreenshots
    }

    private List<WebElement> rows() {
        return browser.driver().findElements(By.cssSelector("[id='scoreForm:entries_data'] > tr"));
    }

    private int[] progress() {
        Matcher m = PROGRESS.matcher(browser.textOf("scoreForm:progress:0:progressText"));
        assertTrue(m.find(), browser.textOf("scoreForm:progress:0:progressText"));
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    @Test
    @Order(1)
    void jurorSeesOnlyTheirOwnEntriesWithoutIdentities() {
        String page = browser.driver().getPageSource();
        int listed = rows().size();

        assertTrue(listed >= 4 && listed <= 6, "juror1 has a balanced share of 16 assignments: " + listed);
        assertEquals(listed, progress()[1], "progress counts the listed entries");
        for (String entrant : ENTRANTS) {
            assertFalse(page.contains(entrant), "blind review shows no entrant names: " + entrant);
        }
        for (String title : OWN_ORGANISATION_PAPERS) {
            assertFalse(page.contains(title), "no paper of the juror's own organisation: " + title);
        }
        assertFalse(page.contains("四川大学"), "no organisations either");
        assertTrue(page.contains("（匿名评审）"));
    }

    @Test
    @Order(2)
    void outOfRangeScoreShowsAFieldMessage() {
        browser.click("scoreForm:entries:0:open");
        browser.awaitText("scoreForm:criteria:0:msg", "");
        browser.type("scoreForm:criteria:0:score_input", "35");
        browser.click("scoreForm:saveDraft");

        browser.awaitText("scoreForm:criteria:0:msg", "超出范围 0–30");
        assertTrue(browser.textOf("scoreForm:criteria:0:msg").contains("创新性"));
        assertEquals(0, progress()[0], "nothing stored");
    }

    @Test
    @Order(3)
    void jurorSubmitsAScoreAndSeesProgress() {
        int[] before = progress();
        browser.click("scoreForm:entries:0:open");
        browser.awaitText("scoreForm:editorStatus", "未评分");
        String[] marks = {"25", "26", "20", "12.5"};
        for (int i = 0; i < marks.length; i++) {
            browser.type("scoreForm:criteria:" + i + ":score_input", marks[i]);
        }
        browser.click("scoreForm:submit");

        browser.awaitText("scoreForm:messages", "评分已提交");
        browser.awaitText("scoreForm:progress:0:progressText", "已提交 " + (before[0] + 1) + " / " + before[1]);
        assertEquals("已提交", browser.textOf("scoreForm:editorStatus"));
        assertEquals("已提交", browser.textOf("scoreForm:entries:0:status"));
        assertTrue(browser.driver().findElements(By.id("scoreForm:submit")).isEmpty(), "no submit on a locked sheet");

        browser.driver().navigate().refresh();
        browser.awaitText("scoreForm:progress:0:progressText", "已提交 " + (before[0] + 1) + " / " + before[1]);
    }
}
