package cn.scast.tianfu.it.evaluation.intake;

import cn.scast.tianfu.it.support.Browser;
import cn.scast.tianfu.it.support.Deployments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A test of an intake screen (评奖推荐, 竞赛报名) in the admin's browser: before each test the admin signs in, once the
 * seed job has loaded the cities and counties the rules look up; after it the browser closes.
 */
public abstract class IntakeScreenTest {

    protected Browser browser;

    /** Makes this run's titles and names differ from earlier runs' on the same database. */
    protected final String tag = Long.toString(System.nanoTime() % 100000);

    @BeforeEach
    void signInAsAdmin() throws Exception {
        browser = new Browser();
        browser.signIn("admin", "Tianfu@2026");
        browser.awaitText("pageTitle", "数据看板");
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    /** Opens the intake page and chooses the edition, once its quota table lists {@code quotaText}. */
    protected void openEdition(String page, String title, String edition, String quotaText) {
        browser.open(Deployments.BASE_URL + page);
        browser.awaitText("pageTitle", title);
        browser.select("editionForm:edition", edition);
        browser.awaitText("quotaForm:quotas", quotaText);
    }
}
