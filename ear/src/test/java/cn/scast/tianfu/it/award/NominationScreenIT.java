package cn.scast.tianfu.it.award;

import cn.scast.tianfu.it.evaluation.intake.IntakeScreenTest;
import cn.scast.tianfu.it.support.ClientTest;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A society nominates a paper on the 推荐 screen, sees its quota used, and an ineligible paper refused. */
@ClientTest
class NominationScreenIT extends IntakeScreenTest {

    private static final String EDITION = "2025年度川渝科技学术大会优秀科技论文";

    @Test
    void aPaperIsNominatedWithinTheQuotaAndAnOldPaperIsRefused() {
        openEdition("/admin/award/nominations.xhtml", "评奖推荐", EDITION, "四川省微生物学会");
        int[] before = electronicsQuota();

        fill("四川省电子学会", "工学", "毫米波雷达芯片低功耗设计" + tag, "吴晓峰" + tag, "电子科技大学", "第一作者", "510100",
                "2025-03-01");
        browser.click("nominationForm:nominate");
        browser.awaitText("nominationForm:messages", "已推荐");
        assertTrue(browser.textOf("listForm:nominations").contains("毫米波雷达芯片低功耗设计" + tag));
        // Counted from what the quota showed before: the count does not assume this edition was untouched.
        int[] after = electronicsQuota();
        assertArrayEquals(new int[]{before[0], before[1] + 1, before[2] - 1}, after,
                "quota, used and left of 四川省电子学会 " + Arrays.toString(before) + " -> " + Arrays.toString(after));

        fill("四川省电子学会", "工学", "三年前的论文" + tag, "郑雨欣" + tag, "成都理工大学", "通讯作者", "510100", "2022-05-01");
        browser.click("nominationForm:nominate");
        browser.awaitText("nominationForm:messages", "不在本届征集范围（2024-07-01 至 2025-06-30）内");
        assertTrue(browser.driver().getPageSource().contains("论文发表日期 2022-05-01 不在本届征集范围"));
        assertTrue(!browser.textOf("listForm:nominations").contains("三年前的论文" + tag), "nothing saved");
    }

    /** Quota, used and left of 四川省电子学会 (S003) as the quota table shows them. */
    private int[] electronicsQuota() {
        String row = browser.driver().findElement(org.openqa.selenium.By.xpath(
                "//tbody[@id='quotaForm:quotas_data']/tr[td[1]='S003']")).getText();
        Matcher m = Pattern.compile("四川省电子学会\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)").matcher(row);
        assertTrue(m.find(), row);
        return new int[]{Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
    }

    private void fill(String unit, String category, String title, String name, String organisation, String role,
                      String region, String published) {
        browser.select("nominationForm:unitCode", unit);
        browser.select("nominationForm:categoryCode", category);
        browser.type("nominationForm:title", title);
        browser.type("nominationForm:nomineeName", name);
        browser.type("nominationForm:nomineeUnit", organisation);
        browser.select("nominationForm:authorRole", role);
        browser.type("nominationForm:regionCode", region);
        browser.type("nominationForm:publishedOn", published);
    }
}
