package cn.scast.tianfu.it.evaluation;

import cn.scast.tianfu.it.support.Browser;
import cn.scast.tianfu.it.support.ClientTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The administrator sets up a competition in a real browser: programme, edition, category, a weighted round
 * with two criteria and tiers, a panel of two jurors, two entries, automatic assignment that respects the
 * same-organisation rule, and a refused manual assignment.
 */
@ClientTest
class EvaluationProgrammeScreenIT {

    private static void criterion(Browser b, int row, String code, String name, String max) {
        b.type("pf:crit:" + row + ":code", code);
        b.type("pf:crit:" + row + ":name", name);
        b.type("pf:crit:" + row + ":weight", "1");
        b.type("pf:crit:" + row + ":min", "0");
        b.type("pf:crit:" + row + ":max", max);
    }

    @Test
    void administratorSetsUpACompetitionAndAssignsJurors() throws Exception {
        try (Browser b = new Browser()) {
            b.signInAt("/admin/evaluation/programmes.xhtml", "admin", "Tianfu@2026");
            b.awaitText("pageTitle", "评审项目设置");

            b.select("pf:kind", "竞赛");
            b.type("pf:programmeName", "界面设置测试青少年创新大赛" + System.nanoTime() % 1_000_000);
            b.click("pf:createProgramme");
            b.awaitText("pf:messages", "评审项目已创建");

            b.type("pf:year", "2026");
            b.click("pf:createEdition");
            b.awaitText("pf:messages", "届次已创建");

            b.type("pf:categoryCode", "SCI");
            b.type("pf:categoryName", "科学探究");
            b.click("pf:createCategory");
            b.awaitText("pf:categories:0:name", "科学探究");

            b.type("pf:roundName", "初赛");
            criterion(b, 0, "CREATIVE", "创新性", "40");
            b.click("pf:addCriterion");
            criterion(b, 1, "PRACTICAL", "实用性", "60");
            b.type("pf:jurorsPerEntry", "2");
            b.type("pf:advancingPlaces", "1");
            b.click("pf:blind");
            b.type("pf:tierScheme", "一等奖1");
            b.click("pf:createRound");
            b.awaitText("pf:messages", "奖项设置格式不正确");

            b.type("pf:tierScheme", "QUOTA:一等奖=1;二等奖=1");
            b.click("pf:createRound");
            b.awaitText("pf:messages", "评审轮次已创建");
            assertEquals("加权评分", b.textOf("pf:rounds:0:form"));
            assertEquals("创新性×1（0–40）、实用性×1（0–60）", b.textOf("pf:rounds:0:criteria"));

            b.select("pf:round", "1. 初赛");
            b.awaitText("pf:jurors", "暂无");
            b.type("pf:jurorUsername", "nobody");
            b.click("pf:addJuror");
            b.awaitText("pf:messages", "用户「nobody」不存在");
            // juror1's screen is counted by EvaluationJuryScreenIT, so this panel uses juror2 and juror3.
            b.type("pf:jurorUsername", "juror3");
            b.type("pf:jurorOrganisation", "四川大学");
            b.click("pf:jurorChair");
            b.click("pf:addJuror");
            b.awaitText("pf:jurors:0:username", "juror3");
            b.type("pf:jurorUsername", "juror2");
            b.type("pf:jurorOrganisation", "电子科技大学");
            b.click("pf:addJuror");
            b.awaitText("pf:jurors:0:username", "juror2");
            b.awaitText("pf:jurors:1:username", "juror3");

            createEntry(b, 0, "校园雨水回收装置", "周同学", "四川大学");
            createEntry(b, 1, "智能垃圾分拣机", "吴同学", "成都七中");

            b.click("pf:assignAuto");
            b.awaitText("pf:messages", "已自动分配 3 条评审任务");
            assertEquals("juror2", b.textOf("pf:entries:0:assigned"), "juror3 works where the first entrant does");
            assertEquals("juror2、juror3", b.textOf("pf:entries:1:assigned"));

            b.select("pf:assignEntry", "校园雨水回收装置");
            b.select("pf:assignJuror", "陈建国（juror3）");
            b.click("pf:assignManual");
            b.awaitText("pf:messages", "不能分配");
            assertTrue(b.textOf("pf:messages").contains("同单位回避"), b.textOf("pf:messages"));
            assertEquals("juror2", b.textOf("pf:entries:0:assigned"));
        }
    }

    /** Enters one 科学探究 entry through the form; it appears as row {@code row} of the entry table. */
    private static void createEntry(Browser b, int row, String title, String entrant, String organisation) {
        b.select("pf:entryCategory", "科学探究");
        b.type("pf:entryTitle", title);
        b.type("pf:entrant", entrant);
        b.type("pf:entryOrganisation", organisation);
        b.click("pf:createEntry");
        b.awaitText("pf:entries:" + row + ":title", title);
    }
}
