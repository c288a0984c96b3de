package cn.scast.tianfu.it.membership;

import cn.scast.tianfu.it.support.ApiCalls;
import cn.scast.tianfu.it.support.Browser;
import cn.scast.tianfu.it.support.ClientTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The new membership screens in a browser: teams, journals and city associations, with field messages in Chinese. */
@ClientTest
class MembershipRecordsScreenIT {

    private Browser browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = new Browser();
        wait = browser.waitUpTo(Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        browser.close(); // a failure's screenshot is taken by BrowserScreenshots
    }

    @Test
    void adminCreatesATeamPickingTheLeaderByName() throws Exception {
        String leader = MembershipFixtures.unique("界面队长");
        ApiCalls admin = MembershipFixtures.admin();
        assertTrue(admin.post("/workers", MembershipFixtures.workerJson(leader, MembershipFixtures.idNumber(), null, "510100", "教授"))
                .statusCode() == 201);
        browser.signInAt("/admin/membership/teams.xhtml", MembershipFixtures.ADMIN, MembershipFixtures.ADMIN_PASSWORD);
        browser.awaitText("pageTitle", "科技工作者团队");

        String name = MembershipFixtures.unique("界面团队");
        browser.click("teamsForm:newTeam");
        browser.type("teamForm:name", name);
        new Select(browser.driver().findElement(By.id("teamForm:cityCode"))).selectByValue("510100");
        browser.click("teamForm:save");
        browser.awaitText("teamForm:leaderIdMessage", "请选择团队负责人");
        assertTrue(browser.driver().findElement(By.id("teamDialog")).isDisplayed(), "dialog stays open");

        browser.type("teamForm:leaderId_input", leader);
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[@id='teamForm:leaderId_panel']//*[contains(@class,'ui-autocomplete-item')]"))).click();
        browser.click("teamForm:save");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("teamDialog")));

        browser.type("teamsForm:nameFilter", name);
        browser.click("teamsForm:search");
        browser.awaitText("teamsForm:teams", name);
        String table = browser.textOf("teamsForm:teams");
        assertTrue(table.contains(leader) && table.contains("成都市"), table);
    }

    @Test
    void adminCreatesAJournalAfterFixingTheIssn() {
        browser.signInAt("/admin/membership/journals.xhtml", MembershipFixtures.ADMIN, MembershipFixtures.ADMIN_PASSWORD);
        browser.awaitText("pageTitle", "科技期刊");
        String code = "J" + System.nanoTime() % 100_000_000L;
        String name = MembershipFixtures.unique("界面学报");
        browser.click("journalsForm:newJournal");
        browser.type("journalForm:code", code);
        browser.type("journalForm:name", name);
        browser.type("journalForm:issn", "1001-9082");
        browser.click("journalForm:save");
        browser.awaitText("journalForm:issnMessage", "ISSN 格式或校验位不正确");

        browser.type("journalForm:issn", MembershipRecordsApiIT.issn());
        browser.click("journalForm:save");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("journalDialog")));
        browser.type("journalsForm:nameFilter", name);
        browser.click("journalsForm:search");
        browser.awaitText("journalsForm:journals", code);
    }

    @Test
    void cityAssociationsAreListedAndTheirContactIsEdited() {
        browser.signInAt("/admin/membership/associations.xhtml", MembershipFixtures.ADMIN, MembershipFixtures.ADMIN_PASSWORD);
        browser.awaitText("associationsForm:associations", "成都市科学技术协会");
        browser.driver().findElement(By.xpath("//tr[td[contains(.,'成都市科学技术协会')]]//button")).click();
        browser.awaitText("associationForm:associationName", "成都市科学技术协会");
        browser.type("associationForm:contactPhone", "86123456");
        browser.click("associationForm:save");
        browser.awaitText("associationForm:contactPhoneMessage", "联系电话格式不正确");

        // Other tests edit this seeded association too: a number of this run's own shows that this save landed.
        String phone = String.format("028-8%07d", System.nanoTime() % 10_000_000L);
        browser.type("associationForm:contactPhone", phone);
        browser.click("associationForm:save");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("associationDialog")));
        browser.awaitText("associationsForm:associations", phone);
    }

    @Test
    void adminRegistersStaffWithAStrongEnoughInitialPassword() {
        browser.signInAt("/admin/membership/staff.xhtml", MembershipFixtures.ADMIN, MembershipFixtures.ADMIN_PASSWORD);
        browser.awaitText("pageTitle", "科服保姆");
        String username = MembershipFixtures.unique("ui").toLowerCase();
        String name = MembershipFixtures.unique("界面保姆");
        browser.click("staffListForm:newStaff");
        browser.type("staffForm:username", username);
        browser.type("staffForm:displayName", name);
        browser.select("staffForm:cityAssociationId", "成都市科学技术协会");
        browser.type("staffForm:initialPassword", "short");
        browser.click("staffForm:save");
        browser.awaitText("staffForm:initialPasswordMessage", "初始密码至少 8 位");

        browser.type("staffForm:initialPassword", "Staff2026pw");
        browser.click("staffForm:save");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("staffDialog")));
        new Select(browser.driver().findElement(By.id("staffListForm:cityFilter"))).selectByValue("510100");
        browser.click("staffListForm:search");
        browser.awaitText("staffListForm:staff", username);
        assertTrue(browser.textOf("staffListForm:staff").contains(name));
    }

    @Test
    void adminCreatesASocietyFromTheDialog() {
        browser.signInAt("/admin/membership/index.xhtml", MembershipFixtures.ADMIN, MembershipFixtures.ADMIN_PASSWORD);
        browser.awaitText("pageTitle", "会员");
        // the membership pages link each other: 学会 has its own page now
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[normalize-space()='学会']"))).click();
        browser.awaitText("pageTitle", "学会");
        String code = "U" + System.nanoTime() % 100_000_000L;
        String name = MembershipFixtures.unique("界面学会");
        browser.click("societiesForm:newSociety");
        browser.type("societyForm:code", code);
        browser.click("societyForm:save");
        browser.awaitText("societyForm:nameMessage", "学会名称不能为空");

        browser.type("societyForm:name", name);
        browser.click("societyForm:save");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("societyDialog")));
        browser.type("societiesForm:societyNameFilter", name);
        browser.click("societiesForm:societySearch");
        browser.awaitText("societiesForm:societies", code);
    }

    @Test
    void everyRecordKindHasItsOwnPageInTheBar() {
        browser.signInAt("/admin/membership/index.xhtml", MembershipFixtures.ADMIN, MembershipFixtures.ADMIN_PASSWORD);
        browser.awaitText("pageTitle", "科技工作者");
        for (String[] page : new String[][]{{"会员单位", "organisationsForm:organisations"}, {"会籍审批", "membershipsForm:pending"},
                {"科技期刊", "journalsForm:journals"}, {"科技工作者", "workersForm:workers"}}) {
            wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//*[@id='membershipNav:nav']//a[normalize-space()='" + page[0] + "']"))).click();
            browser.awaitText("pageTitle", page[0]);
            assertTrue(browser.driver().findElement(By.id(page[1])).isDisplayed(), page[0] + ": " + page[1]);
            String active = browser.driver().findElement(By.cssSelector("#membershipNav\\:nav .ui-state-active")).getText();
            assertTrue(active.contains(page[0]), "the bar marks " + page[0] + ", not " + active);
        }
    }
}
