package cn.scast.tianfu.it.competition;

import cn.scast.tianfu.it.support.ApiCalls;
import cn.scast.tianfu.it.support.ClientTest;
import cn.scast.tianfu.it.support.Deployments;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

import static cn.scast.tianfu.it.support.ApiCalls.idOf;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Competition registration through the API: the youth contest's school level, subject, tutor, group size and
 * city quota rules, 查新报告 checks, rural entrants by county, the popular vote (one per voter and edition).
 */
@ClientTest
class CompetitionApiIT {

    private static final AtomicInteger YEAR = new AtomicInteger(2040);
    private static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString(
            "admin:Tianfu@2026".getBytes(StandardCharsets.UTF_8));

    private final ApiCalls admin = ApiCalls.as("admin", "Tianfu@2026");

    private long edition(String type, boolean vote) throws Exception {
        int year = YEAR.incrementAndGet();
        HttpResponse<String> created = admin.post("v1/contests/editions", "{\"type\":\"" + type + "\",\"year\":" + year
                + ",\"name\":\"测试竞赛 " + year + "\",\"popularVote\":" + vote
                + ",\"cityQuotas\":{\"510100\":2,\"510300\":1}}");
        assertEquals(201, created.statusCode(), created.body());
        return idOf(created.body());
    }

    private HttpResponse<String> youth(long edition, String title, String level, String subject, String city,
                                       String tutor, String members) throws Exception {
        return admin.post("v1/contests/editions/" + edition + "/registrations", "{\"title\":\"" + title
                + "\",\"entrantName\":\"林小雨\",\"schoolLevel\":\"" + level + "\",\"subject\":\"" + subject
                + "\",\"school\":\"成都七中\",\"cityCode\":\"" + city + "\""
                + (tutor == null ? "" : ",\"tutor\":\"" + tutor + "\"")
                + (members == null ? "" : ",\"members\":" + members) + "}");
    }

    private HttpResponse<String> rural(long edition, String title, String name, String county) throws Exception {
        return admin.post("v1/contests/editions/" + edition + "/registrations", "{\"title\":\"" + title
                + "\",\"entrantName\":\"" + name + "\",\"countyCode\":\"" + county + "\",\"track\":\"农产品加工\"}");
    }

    @Test
    void youthProjectsAreRegisteredIndividuallyOrAsGroupsOfAtMostThree() throws Exception {
        long edition = edition("YOUTH", false);

        HttpResponse<String> single = youth(edition, "校园雨水回收装置", "初中", "技术", "510100", "王老师", null);
        HttpResponse<String> group = youth(edition, "川西林盘鸟类调查", "高中", "生命科学", "510100", "李老师",
                "[\"张一\",\"张二\"]");
        HttpResponse<String> tooMany = youth(edition, "四人小组项目", "小学", "技术", "510300", "赵老师",
                "[\"甲\",\"乙\",\"丙\"]");

        assertEquals(201, single.statusCode(), single.body());
        assertTrue(single.body().contains("\"categoryCode\":\"初中-技术\"") && single.body().contains("\"team\":false"),
                single.body());
        assertEquals(201, group.statusCode(), group.body());
        assertTrue(group.body().contains("\"team\":true") && group.body().contains("[\"林小雨\",\"张一\",\"张二\"]"),
                group.body());
        refused(tooMany, "members", "集体项目成员不能超过 3 人");
    }

    @Test
    void youthRulesRefuseWithTheField() throws Exception {
        long edition = edition("YOUTH", false);

        refused(youth(edition, "大学生项目", "大学", "技术", "510100", "王老师", null), "schoolLevel", "学段须为小学、初中或高中");
        refused(youth(edition, "小学化学", "小学", "化学", "510100", "王老师", null), "subject", "小学组没有「化学」学科");
        refused(youth(edition, "无指导教师", "高中", "数学", "510100", null, null), "tutor", "须填写指导教师");
        refused(youth(edition, "未分配名额的市州", "高中", "数学", "510400", "王老师", null), "cityCode", "没有给「攀枝花市」分配报名名额");
        assertEquals("[]", admin.get("v1/contests/editions/" + edition + "/registrations").body());
    }

    @Test
    void aCityCannotRegisterBeyondItsQuota() throws Exception {
        long edition = edition("YOUTH", false);
        assertEquals(201, youth(edition, "自贡恐龙化石三维重建", "高中", "计算机科学与信息技术", "510300", "钟老师", null).statusCode());

        HttpResponse<String> over = youth(edition, "自贡井盐工艺研究", "高中", "化学", "510300", "钟老师", null);

        refused(over, "cityCode", "「自贡市」本届报名名额 1 项已用完");
        String quotas = admin.get("v1/contests/editions/" + edition + "/quotas").body();
        String zigong = cn.scast.tianfu.it.award.JsonObjects.containing(quotas, "\"cityCode\":\"510300\"");
        assertTrue(zigong.contains("\"cityName\":\"自贡市\"") && zigong.contains("\"quota\":1")
                && zigong.contains("\"used\":1"), zigong);
    }

    @Test
    void noveltyReportsMustBePdfsOfAtMostTenMegabytes() throws Exception {
        long edition = edition("YOUTH", false);
        long registration = idOf(youth(edition, "智能垃圾分类箱", "初中", "技术", "510100", "王老师", null).body());
        byte[] pdf = "%PDF-1.7\n查新报告正文\n%%EOF".getBytes(StandardCharsets.UTF_8);
        byte[] huge = Arrays.copyOf(pdf, 10 * 1024 * 1024 + 1);

        assertEquals(204, upload(registration, pdf, "application/pdf").statusCode());
        HttpResponse<String> word = upload(registration, "PK\u0003\u0004docx".getBytes(StandardCharsets.ISO_8859_1),
                "application/pdf");
        HttpResponse<String> tooLarge = upload(registration, huge, "application/octet-stream");

        refused(word, "file", "查新报告须为 PDF 文件");
        refused(tooLarge, "file", "查新报告不能超过 10 MB");
        HttpResponse<byte[]> stored = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        Deployments.BASE_URL + "/api/v1/contests/registrations/" + registration + "/novelty-report"))
                .header("Authorization", ADMIN).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, stored.statusCode());
        assertArrayEquals(pdf, stored.body(), "the first, valid upload is kept");
        assertTrue(admin.get("v1/contests/editions/" + edition + "/registrations").body()
                .contains("\"noveltyReport\":true"));
    }

    @Test
    void ruralEntrantsRegisterByCountyWhichFixesTheCity() throws Exception {
        long edition = edition("RURAL", true);

        HttpResponse<String> ok = rural(edition, "郫县豆瓣古法酿造", "何师傅", "510117");
        HttpResponse<String> unknown = rural(edition, "不存在的区县", "某人", "519999");
        HttpResponse<String> mismatch = admin.post("v1/contests/editions/" + edition + "/registrations",
                "{\"title\":\"错配市州\",\"entrantName\":\"某人\",\"countyCode\":\"510117\",\"cityCode\":\"510300\","
                        + "\"track\":\"农产品加工\"}");

        assertEquals(201, ok.statusCode(), ok.body());
        assertTrue(ok.body().contains("\"cityCode\":\"510100\"") && ok.body().contains("\"countyCode\":\"510117\""),
                ok.body());
        refused(unknown, "countyCode", "未知的区县代码 519999");
        refused(mismatch, "cityCode", "不属于市州 510300");
    }

    @Test
    void everyoneVotesOncePerEditionWhileOpenAndTheCountsArePublishedAfterTheClose() throws Exception {
        long edition = edition("RURAL", true);
        long tea = entryOf(rural(edition, "蒙顶山茶手工制作", "杨师傅", "510117"));
        long rice = entryOf(rural(edition, "稻渔综合种养", "周大姐", "510121"));
        ApiCalls juror = ApiCalls.as("juror1", "Tianfu@2026");

        HttpResponse<String> early = admin.post("v1/contests/editions/" + edition + "/votes", "{\"entryId\":" + tea + "}");
        HttpResponse<String> opened = admin.post("v1/contests/editions/" + edition + "/vote/opening", "");
        HttpResponse<String> openedTwice = admin.post("v1/contests/editions/" + edition + "/vote/opening", "");
        HttpResponse<String> byJuror = juror.post("v1/contests/editions/" + edition + "/vote/opening", "");
        HttpResponse<String> first = admin.post("v1/contests/editions/" + edition + "/votes", "{\"entryId\":" + tea + "}");
        HttpResponse<String> again = admin.post("v1/contests/editions/" + edition + "/votes", "{\"entryId\":" + rice + "}");
        HttpResponse<String> other = juror.post("v1/contests/editions/" + edition + "/votes", "{\"entryId\":" + tea + "}");
        HttpResponse<String> anonymous = ApiCalls.anonymous().post("v1/contests/editions/" + edition + "/votes",
                "{\"entryId\":" + tea + "}");
        String whileOpen = ApiCalls.anonymous().get("v1/contests/editions/" + edition + "/votes").body();
        String awardWhileOpen = ApiCalls.anonymous().get("v1/contests/editions/" + edition + "/popular-award").body();

        assertEquals(422, early.statusCode(), early.body());
        assertTrue(early.body().contains("尚未开始"), early.body());
        assertEquals(200, opened.statusCode(), opened.body());
        assertEquals(409, openedTwice.statusCode(), openedTwice.body());
        assertTrue(openedTwice.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(403, byJuror.statusCode(), byJuror.body());
        assertEquals(204, first.statusCode(), first.body());
        assertEquals(422, again.statusCode(), again.body());
        assertTrue(again.body().contains("每人每届只能投一票"), again.body());
        assertEquals(204, other.statusCode(), other.body());
        assertEquals(401, anonymous.statusCode());
        assertTrue(whileOpen.contains("\"status\":\"OPEN\"") && whileOpen.contains("\"countsShown\":false")
                && whileOpen.contains("\"counts\":[]") && whileOpen.contains("蒙顶山茶手工制作"), whileOpen);
        assertEquals("[]", awardWhileOpen);

        HttpResponse<String> closed = admin.post("v1/contests/editions/" + edition + "/vote/closing", "");
        HttpResponse<String> late = juror.post("v1/contests/editions/" + edition + "/votes", "{\"entryId\":" + rice + "}");
        assertEquals(200, closed.statusCode(), closed.body());
        assertEquals(422, late.statusCode(), late.body());
        assertTrue(late.body().contains("已结束"), late.body());
        String counts = ApiCalls.anonymous().get("v1/contests/editions/" + edition + "/votes").body();
        // JSON-B orders properties by name: the counts list ends where countsShown begins
        String shown = counts.substring(counts.indexOf("\"counts\":"), counts.indexOf("\"countsShown\""));
        assertTrue(counts.contains("\"countsShown\":true"), counts);
        assertTrue(shown.indexOf("蒙顶山茶手工制作") < shown.indexOf("稻渔综合种养"), counts);
        assertTrue(cn.scast.tianfu.it.award.JsonObjects.containing(shown, "\"entryId\":" + tea + ",")
                .contains("\"votes\":2"), counts);
        String award = ApiCalls.anonymous().get("v1/contests/editions/" + edition + "/popular-award").body();
        assertTrue(award.contains("蒙顶山茶手工制作") && !award.contains("稻渔综合种养"), award);
    }

    @Test
    void editionsWithoutPopularVoteRefuseVotesAndTheRegistryWaitsForPublishedResults() throws Exception {
        long youth = edition("YOUTH", false);
        long entry = entryOf(youth(youth, "无人机植保", "高中", "工程学", "510100", "王老师", null));
        long rural = edition("RURAL", true);

        HttpResponse<String> vote = admin.post("v1/contests/editions/" + youth + "/votes", "{\"entryId\":" + entry + "}");
        HttpResponse<String> early = admin.post("v1/contests/editions/" + rural + "/talent-registry", "");

        assertEquals(422, vote.statusCode(), vote.body());
        assertTrue(vote.body().contains("本届竞赛不设人气奖投票"), vote.body());
        assertEquals(422, early.statusCode(), early.body());
        assertTrue(early.body().contains("正式公布后"), early.body());
        HttpResponse<String> talents = admin.get("v1/contests/rural-talents?city=510100");
        assertEquals(200, talents.statusCode(), talents.body());
        assertTrue(talents.body().startsWith("["), talents.body());
    }

    private static long entryOf(HttpResponse<String> created) {
        assertEquals(201, created.statusCode(), created.body());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"entryId\":(\\d+)").matcher(created.body());
        assertTrue(m.find(), created.body());
        return Long.parseLong(m.group(1));
    }

    private static HttpResponse<String> upload(long registration, byte[] content, String type) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Deployments.BASE_URL
                        + "/api/v1/contests/registrations/" + registration + "/novelty-report?fileName=report.pdf"))
                .header("Authorization", ADMIN).header("Content-Type", type)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void refused(HttpResponse<String> response, String field, String message) {
        assertEquals(422, response.statusCode(), response.body());
        assertTrue(response.body().contains(message), response.body());
        assertTrue(response.body().contains("\"field\":\"" + field + "\""), response.body());
    }
}
