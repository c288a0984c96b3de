package cn.scast.tianfu.it.fair;

import cn.scast.tianfu.it.support.Browser;
import cn.scast.tianfu.it.support.ClientTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Staff register an academician (expert) workstation on the screen and record its yearly grades. */
@ClientTest
class WorkstationScreenIT {

    private Browser browser;
    /** Workstation names are unique across the run: other tests register workstations of their own. */
    private final String tag = "·" + System.nanoTime() % 1_000_000;

    @BeforeEach
    void openRegistry() {
        browser = new Browser();
        new ScreenRows(browser).signInAt("/admin/workstation/index.xhtml", "registerForm:city", "凉山彝族自治州");
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aWorkstationIsRegisteredWithItsExpertsAndGradedOncePerYearAfterItsFounding() {
        String station = "攀钢集团院士（专家）工作站" + tag;
        register(station, "攀钢集团有限公司" + tag, "攀枝花市", "2021", "某院士、某研究员");
        browser.awaitText("registerForm:messages", "已登记：" + station);
        String row = browser.textOf("listForm:workstations");
        assertTrue(row.contains("攀钢集团有限公司" + tag) && row.contains("某院士、某研究员") && row.contains("攀枝花市"), row);

        grade(station, "2021", "优秀");
        browser.awaitText("registerForm:messages", "2021 年不能参加年度考评");
        grade(station, "2022", "良好");
        browser.awaitText("registerForm:messages", "已登记考评");
        grade(station, "2023", "优秀");
        browser.awaitText("listForm:workstations", "2022 良好；2023 优秀");
        // Grades are listed in year order, so a stored refused grade would read "2021 优秀；2022 良好" in its row.
        String graded = rowOf(station);
        assertTrue(graded.contains("2022 良好；2023 优秀"), graded);
        assertFalse(graded.contains("2021 优秀"), "the refused grade is not stored: " + graded);
    }

    @Test
    void aSecondWorkstationOfTheSameNameOrWithoutHostUnitIsRefused() {
        String station = "泸州老窖院士（专家）工作站" + tag;
        register(station, "泸州老窖股份有限公司", "泸州市", "2019", "某院士");
        browser.awaitText("registerForm:messages", "已登记：" + station);

        register(station, "另一单位" + tag, "泸州市", "2020", "某专家");
        browser.awaitText("registerForm:messages", "工作站「" + station + "」已登记");
        register("没有建站单位的工作站" + tag, "", "泸州市", "2020", "某专家");
        browser.awaitText("registerForm:messages", "建站单位");

        String list = browser.textOf("listForm:workstations");
        assertFalse(list.contains("另一单位" + tag) || list.contains("没有建站单位的工作站" + tag), list);
        assertEquals(list.indexOf(station), list.lastIndexOf(station), list);
    }

    private void register(String name, String hostUnit, String city, String established, String experts) {
        browser.type("registerForm:name", name);
        browser.type("registerForm:hostUnit", hostUnit);
        browser.select("registerForm:city", city);
        browser.type("registerForm:established", established);
        browser.type("registerForm:experts", experts);
        browser.click("registerForm:register");
    }

    private String rowOf(String station) {
        return browser.driver().findElement(org.openqa.selenium.By.xpath(
                "//tbody[@id='listForm:workstations_data']/tr[td[contains(., '" + station + "')]]")).getText();
    }

    private void grade(String workstation, String year, String grade) {
        browser.select("gradeForm:workstation", workstation);
        browser.type("gradeForm:gradeYear", year);
        browser.select("gradeForm:grade", grade);
        browser.click("gradeForm:evaluate");
    }
}
