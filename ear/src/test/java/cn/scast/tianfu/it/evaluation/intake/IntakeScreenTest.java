package cn.scast.tianfu.it.evaluation.intake;

import cn.scast.tianfu.it.support.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A test of an intake screen (评奖推荐, 竞赛报名) in the admin's browser: the admin signs in at the intake page; after the
 * test the browser closes.
 */
public abstract class IntakeScreenTest {

    protected Browser browser;

    /** Makes this run's titles and names differ from earlier runs' on the same database. */
    protected final String tag = Long.toString(System.nanoTime() % 100000);

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    /** Signs in as the admin at the intake page and chooses the edition, once its quota table lists {@code quotaText}. */
    protected void openEdition(String page, String title, String edition, String quotaText) {
        browser.signInAt(page, "admin", "Tianfu@2026");
        browser.awaitText("pageTitle", title);
        browser.select("editionForm:edition", edition);
        browser.awaitText("quotaForm:quotas", quotaText);
    }
}
