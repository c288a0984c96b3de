package cn.scast.tianfu.it.evaluation;

import cn.scast.tianfu.evaluation.EvaluationSetup;
import cn.scast.tianfu.evaluation.JuryAssignments;
import cn.scast.tianfu.evaluation.JurySheets;
import cn.scast.tianfu.evaluation.Objections;
import cn.scast.tianfu.evaluation.PublicNotices;
import cn.scast.tianfu.evaluation.model.ProgrammeKind;
import cn.scast.tianfu.evaluation.scoring.Criterion;
import cn.scast.tianfu.it.support.ApiCalls;
import cn.scast.tianfu.it.support.Browser;
import cn.scast.tianfu.it.support.Deployments;
import cn.scast.tianfu.it.support.PlatformTest;
import cn.scast.tianfu.platform.AuditTrail;
import jakarta.ejb.EJB;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 公示 end to end: the notice opens only after the final round, objections are taken only within the period
 * and decided with reasons (audited), results publish only after the period with no open objection and are
 * then final; the public list, results page and a certificate read back from its PDF; the public objection
 * form and the administrator's screen in a browser. Set-up and REST checks run inside the server, the
 * browser and PDF checks as a client.
 */
@PlatformTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NoticeWorkflowIT {

    static final String PUBLISHED_AWARD = "公示流程测试奖";
    static final String OPEN_AWARD = "公示异议页面测试奖";
    static final String PASSWORD = "Tianfu@2026";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(NoticeWorkflowIT.class, EvaluationFixtures.class);
    }

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/JuryAssignments")
    private JuryAssignments juryAssignments;

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/JurySheets")
    private JurySheets jurySheets;

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/EvaluationSetup")
    private EvaluationSetup setup;

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/AuditTrail")
    private AuditTrail audit;

    private static final List<Criterion> ONE = List.of(new Criterion("OVERALL", "综合评价", 1, 0, 100));

    /** A final round scored by one juror (90, 80, 70), then closed; tiers 一等奖 1, 二等奖 1. Entries best first. */
    private long[] finishedFinal(EvaluationFixtures f) {
        long round = f.openRound(1, "终评", ONE, false, 1, 0, "QUOTA:一等奖=1;二等奖=1");
        long[] entries = {
                f.entry(round, "岷江流域生态修复技术", "陈思远", "四川大学", "四川省生态学会"),
                f.entry(round, "川西林盘保护利用研究", "林晓", "西南交通大学", "四川省建筑学会"),
                f.entry(round, "藏区光伏微电网示范", "马骏", "西华大学", "四川省电力学会")};
        f.juror(round, "judge", "四川省社会科学院", true);
        int[] marks = {90, 80, 70};
        for (int i = 0; i < 3; i++) {
            juryAssignments.assign(round, entries[i], f.user("judge"));
            jurySheets.submit(f.user("judge"), round, entries[i], Map.of("OVERALL", BigDecimal.valueOf(marks[i])), null);
        }
        Instant now = Instant.now();
        setup.reschedule(round, now.minus(Duration.ofDays(2)), now.minusSeconds(1));
        return entries;
    }

    private static String period(Instant start, Instant end) {
        return "{\"startsAt\":\"" + start + "\",\"endsAt\":\"" + end + "\"}";
    }

    private static String objection(long entry, String name, String contact, String reason) {
        return "{\"entryId\":" + entry + ",\"name\":\"" + name + "\",\"contact\":\"" + contact + "\",\"reason\":\""
                + reason + "\"}";
    }

    @Test
    @Order(1)
    void noticeObjectionsAndPublicationFollowTheRules() throws Exception {
        EvaluationFixtures f = new EvaluationFixtures(setup, ProgrammeKind.AWARD, PUBLISHED_AWARD);
        long round = f.openRound(1, "终评", ONE, false, 1, 0, "QUOTA:一等奖=1;二等奖=1");
        ApiCalls admin = ApiCalls.as("admin", PASSWORD);
        ApiCalls anyone = ApiCalls.anonymous();
        Instant now = Instant.now();
        String base = "v1/evaluation/editions/" + f.edition;

        var tooEarly = admin.post(base + "/notice", period(now, now.plus(Duration.ofDays(7))));
        assertEquals(422, tooEarly.statusCode(), tooEarly.body());
        assertTrue(tooEarly.body().contains("尚未结束"), tooEarly.body());
        setup.reschedule(round, now.minus(Duration.ofDays(2)), now.minusSeconds(1));
        var noAwardees = admin.post(base + "/notice", period(now, now.plus(Duration.ofDays(7))));
        assertEquals(422, noAwardees.statusCode(), noAwardees.body());

        EvaluationFixtures g = new EvaluationFixtures(setup, ProgrammeKind.AWARD, PUBLISHED_AWARD + "（正式）");
        long[] e = finishedFinal(g);
        base = "v1/evaluation/editions/" + g.edition;
        String open = period(now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofDays(7)));
        assertEquals(401, anyone.post(base + "/notice", open).statusCode());
        assertEquals(403, ApiCalls.as("juror1", PASSWORD).post(base + "/notice", open).statusCode());
        var opened = admin.post(base + "/notice", open);
        assertEquals(201, opened.statusCode(), opened.body());
        assertEquals(422, admin.post(base + "/notice", open).statusCode(), "one notice per edition");

        var notice = anyone.get(base + "/notice");
        assertEquals(200, notice.statusCode(), notice.body());
        assertTrue(notice.body().contains("岷江流域生态修复技术") && notice.body().contains("一等奖"), notice.body());
        assertTrue(notice.body().contains("川西林盘保护利用研究") && notice.body().contains("二等奖"), notice.body());
        assertTrue(notice.body().contains("陈思远"), "entrants are shown");
        assertFalse(notice.body().contains("藏区光伏微电网示范"), "no tier, not on the notice");
        assertFalse(notice.body().contains(g.user("judge")), "no juror data");

        var noReason = anyone.post(base + "/objections", objection(e[0], "王五", "13800000000", " "));
        assertEquals(422, noReason.statusCode());
        assertTrue(noReason.body().contains("\"field\":\"reason\""), noReason.body());
        var notListed = anyone.post(base + "/objections", objection(e[2], "王五", "13800000000", "应当获奖"));
        assertEquals(404, notListed.statusCode(), notListed.body());
        var first = anyone.post(base + "/objections", objection(e[0], "王五", "13800000000", "论文数据与已发表成果重复"));
        assertEquals(201, first.statusCode(), first.body());
        long firstId = ApiCalls.idOf(first.body());
        var second = anyone.post(base + "/objections", objection(e[1], "某研究所", "yjs@example.cn", "申报单位有误"));
        assertEquals(201, second.statusCode(), second.body());
        long secondId = ApiCalls.idOf(second.body());

        var running = admin.post(base + "/publication", "");
        assertEquals(422, running.statusCode());
        assertTrue(running.body().contains("公示期尚未结束"), running.body());

        var ended = admin.post(base + "/notice/period", period(now.minus(Duration.ofDays(7)), now.minusSeconds(1)));
        assertEquals(200, ended.statusCode(), ended.body());
        var late = anyone.post(base + "/objections", objection(e[1], "赵六", "13900000000", "逾期提出"));
        assertEquals(422, late.statusCode());
        assertTrue(late.body().contains(Objections.MSG_ENDED), late.body());

        var openObjections = admin.post(base + "/publication", "");
        assertEquals(422, openObjections.statusCode());
        assertTrue(openObjections.body().contains("尚有 2 条异议未处理"), openObjections.body());
        assertEquals(404, anyone.get(base + "/results").statusCode(), "no results before publication");

        assertEquals(422, admin.post("v1/evaluation/objections/" + firstId + "/decision",
                "{\"upheld\":true,\"reason\":\"\"}").statusCode(), "a decision needs a reason");
        assertEquals(401, anyone.post("v1/evaluation/objections/" + firstId + "/decision",
                "{\"upheld\":true,\"reason\":\"核实\"}").statusCode());
        var upheld = admin.post("v1/evaluation/objections/" + firstId + "/decision",
                "{\"upheld\":true,\"reason\":\"经核实与已发表论文重复\"}");
        assertEquals(200, upheld.statusCode(), upheld.body());
        assertEquals(200, admin.post("v1/evaluation/objections/" + secondId + "/decision",
                "{\"upheld\":false,\"reason\":\"推荐单位信息无误\"}").statusCode());
        assertEquals(422, admin.post("v1/evaluation/objections/" + secondId + "/decision",
                "{\"upheld\":true,\"reason\":\"再议\"}").statusCode(), "decided once");
        assertTrue(audit.forTarget("evl_objection", firstId).stream()
                .anyMatch(a -> a.getAction().equals("EVAL_OBJECTION_DECIDED") && a.getActor().equals("admin")
                        && a.getDetail().contains("经核实与已发表论文重复")));
        assertFalse(anyone.get(base + "/notice").body().contains("岷江流域生态修复技术"), "withdrawn entry leaves the list");

        var published = admin.post(base + "/publication", "");
        assertEquals(200, published.statusCode(), published.body());
        assertEquals(422, admin.post(base + "/publication", "").statusCode(), "published once");
        assertEquals(422, admin.post(base + "/notice/period", open).statusCode(), "final: the period is fixed");

        var results = anyone.get(base + "/results");
        assertEquals(200, results.statusCode(), results.body());
        assertTrue(results.body().contains("\"tier\":\"二等奖\""), results.body());
        assertTrue(results.body().contains("川西林盘保护利用研究"), results.body());
        assertFalse(results.body().contains("一等奖"), "the upheld objection withdrew the only 一等奖");
        assertEquals(404, anyone.get("v1/evaluation/entries/" + e[0] + "/certificate.pdf").statusCode());
        assertEquals(404, anyone.get("v1/evaluation/entries/" + e[2] + "/certificate.pdf").statusCode());

        // A second edition stays in its notice period for the browser steps.
        EvaluationFixtures h = new EvaluationFixtures(setup, ProgrammeKind.AWARD, OPEN_AWARD);
        finishedFinal(h);
        assertEquals(201, admin.post("v1/evaluation/editions/" + h.edition + "/notice", open).statusCode());
    }

    private static long editionOf(String body, String name) {
        Matcher m = Pattern.compile("\"editionId\":(\\d+),\"editionName\":\"" + Pattern.quote(name) + "\"").matcher(body);
        assertTrue(m.find(), "edition " + name + " in " + body);
        return Long.parseLong(m.group(1));
    }

    @Test
    @Order(2)
    @RunAsClient
    void certificateOfAPublishedAwardReadsBackInChinese() throws Exception {
        ApiCalls anyone = ApiCalls.anonymous();
        long edition = editionOf(anyone.get("v1/evaluation/notices").body(), PUBLISHED_AWARD + "（正式） 2024");
        String results = anyone.get("v1/evaluation/editions/" + edition + "/results").body();
        Matcher m = Pattern.compile("\"entryId\":(\\d+)").matcher(results);
        assertTrue(m.find(), results);
        long entry = Long.parseLong(m.group(1));

        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                Deployments.BASE_URL + "/api/v1/evaluation/entries/" + entry + "/certificate.pdf")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertEquals(1, document.getNumberOfPages());
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
        assertTrue(text.startsWith("荣誉证书"), text);
        assertTrue(text.contains("林晓（西南交通大学）"), text);
        assertTrue(text.contains("《川西林盘保护利用研究》"), text);
        assertTrue(text.contains(PUBLISHED_AWARD + "（正式）2024评审中荣获二等奖"), text);
        assertTrue(text.contains(PublicNotices.ISSUER), text);
    }

    @Test
    @Order(3)
    @RunAsClient
    void publicPagesShowResultsAndTakeAnObjection() throws Exception {
        String list = ApiCalls.anonymous().get("v1/evaluation/notices").body();
        long published = editionOf(list, PUBLISHED_AWARD + "（正式） 2024");
        long open = editionOf(list, OPEN_AWARD + " 2024");
        try (Browser browser = new Browser()) {
            browser.open(Deployments.BASE_URL + "/public/results.xhtml?edition=" + published);
            browser.awaitText("pageTitle", "评审结果");
            assertEquals("二等奖", browser.textOf("results:0:tier"));
            assertEquals("川西林盘保护利用研究", browser.textOf("results:0:title"));
            assertTrue(browser.driver().findElement(By.id("results:0:certificate")).getAttribute("href")
                    .endsWith("/certificate.pdf"));

            browser.open(Deployments.BASE_URL + "/public/notice.xhtml?edition=" + open);
            browser.awaitText("state", "公示中");
            assertEquals("一等奖", browser.textOf("awardees:0:tier"));
            browser.select("objectionForm:entryId", "一等奖 · 岷江流域生态修复技术");
            browser.type("objectionForm:name", "李娜");
            browser.type("objectionForm:contact", "13700000000");
            browser.click("objectionForm:file");
            browser.awaitText("objectionForm:reasonMsg", "请填写异议理由");
            browser.type("objectionForm:reason", "项目负责人单位填写有误");
            browser.click("objectionForm:file");
            browser.awaitText("objectionForm:messages", "异议已受理");
        }
    }

    @Test
    @Order(4)
    @RunAsClient
    void administratorDecidesTheObjectionOnScreen() throws Exception {
        long open = editionOf(ApiCalls.anonymous().get("v1/evaluation/notices").body(), OPEN_AWARD + " 2024");
        try (Browser browser = new Browser()) {
            browser.signInAt("/admin/evaluation/notice.xhtml?edition=" + open, "admin", PASSWORD);
            browser.awaitText("pageTitle", "评审公示与结果公布");
            browser.awaitText("noticeForm:state", "公示中");
            assertEquals("项目负责人单位填写有误", browser.textOf("noticeForm:objections:0:reason"));

            browser.click("noticeForm:objections:0:uphold");
            browser.awaitText("noticeForm:messages", "处理异议须说明理由");
            browser.type("noticeForm:objections:0:decisionReason", "经核实单位信息错误");
            browser.click("noticeForm:objections:0:uphold");
            browser.awaitText("noticeForm:messages", "异议成立");
            browser.awaitText("noticeForm:objections:0:decided", "成立：经核实单位信息错误（admin）");
            browser.awaitText("noticeForm:awardees:0:withdrawn", "异议成立：经核实单位信息错误");

            browser.click("noticeForm:publish");
            browser.click("noticeForm:confirmYes");
            browser.awaitText("noticeForm:messages", "公示期尚未结束");
        }
    }
}
