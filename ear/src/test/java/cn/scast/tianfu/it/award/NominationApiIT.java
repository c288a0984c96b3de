package cn.scast.tianfu.it.award;

import cn.scast.tianfu.it.support.ApiCalls;
import cn.scast.tianfu.it.support.ClientTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;

import static cn.scast.tianfu.it.support.ApiCalls.idOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 推荐 through the API: every eligibility rule of 川渝科技学术大会优秀论文 and the quotas refuse with 422,
 * a Chinese message and the field; invalid input gives 400 with field errors; nothing refused is stored.
 */
@ClientTest
class NominationApiIT {

    private static final AtomicInteger YEAR = new AtomicInteger(2060);

    private final ApiCalls admin = ApiCalls.as("admin", "Tianfu@2026");
    private long edition;

    @BeforeEach
    void paperEdition() throws Exception {
        int year = YEAR.incrementAndGet();
        HttpResponse<String> created = admin.post("v1/awards/editions", "{\"type\":\"PAPER\",\"year\":" + year
                + ",\"name\":\"测试优秀论文 " + year + "\",\"publicationFrom\":\"2024-07-01\",\"publicationTo\":\"2025-06-30\","
                + "\"quotas\":[{\"unitCode\":\"S003\",\"unitName\":\"四川省电子学会\",\"quota\":2},"
                + "{\"unitCode\":\"S002\",\"unitName\":\"四川省机械工程学会\",\"quota\":1}]}");
        assertEquals(201, created.statusCode(), created.body());
        edition = idOf(created.body());
    }

    @Test
    void eligiblePaperIsNominatedAndCountsAgainstTheQuota() throws Exception {
        HttpResponse<String> ok = nominate("S003", "川西高原光伏电站运维数字孪生", "张若涵", "四川大学", "510100",
                "FIRST", "2024-09-15");

        assertEquals(201, ok.statusCode(), ok.body());
        assertTrue(ok.body().contains("\"entryId\":") && !ok.body().contains("\"entryId\":0,"), ok.body());
        assertTrue(ok.body().contains("第一作者"), ok.body());
        String quotas = admin.get("v1/awards/editions/" + edition + "/quotas").body();
        String electronics = JsonObjects.containing(quotas, "\"unitCode\":\"S003\"");
        assertTrue(electronics.contains("\"quota\":2") && electronics.contains("\"used\":1"), electronics);
    }

    @Test
    void paperOutsideThePublicationWindowIsRefused() throws Exception {
        HttpResponse<String> early = nominate("S003", "早于征集期的论文", "李雪", "西南交通大学", "510100", "FIRST", "2024-06-30");
        HttpResponse<String> late = nominate("S003", "晚于征集期的论文", "王强", "西南交通大学", "510100", "FIRST", "2025-07-01");
        HttpResponse<String> firstDay = nominate("S003", "征集首日发表的论文", "周宁", "西南交通大学", "510100", "FIRST", "2024-07-01");

        refused(early, "publishedOn", "不在本届征集范围（2024-07-01 至 2025-06-30）内");
        refused(late, "publishedOn", "不在本届征集范围");
        assertEquals(201, firstDay.statusCode(), firstDay.body());
    }

    @Test
    void authorUnitOutsideSichuanIsRefused() throws Exception {
        HttpResponse<String> chongqing = nominate("S003", "重庆单位的论文", "刘洋", "重庆大学", "500000", "CORRESPONDING",
                "2024-10-01");
        HttpResponse<String> county = nominate("S003", "区县单位的论文", "刘洋", "四川省农科院", "510107", "CORRESPONDING",
                "2024-10-01");

        refused(chongqing, "regionCode", "通讯作者单位所在地 500000 不在四川省内");
        assertEquals(201, county.statusCode(), county.body());
    }

    @Test
    void onlyFirstOrCorrespondingAuthorsMayBeNominated() throws Exception {
        refused(nominate("S003", "第三作者的论文", "陈晨", "成都理工大学", "510100", "OTHER", "2024-10-01"),
                "authorRole", "只能推荐论文的第一作者或通讯作者");
        refused(nominate("S003", "未注明作者身份", "陈晨", "成都理工大学", "510100", null, "2024-10-01"),
                "authorRole", "须注明被推荐人是第一作者还是通讯作者");
    }

    @Test
    void onePaperPerPersonPerEdition() throws Exception {
        assertEquals(201, nominate("S003", "第一篇论文", "赵一鸣", "西南交通大学", "510100", "FIRST", "2024-08-01").statusCode());

        HttpResponse<String> second = nominate("S002", "第二篇论文", " 赵一鸣", "西南交通大学 ", "510100", "CORRESPONDING",
                "2024-09-01");

        refused(second, "nomineeName", "每人限报一篇");
        assertTrue(second.body().contains("《第一篇论文》"), second.body());
    }

    @Test
    void aUnitCannotNominateBeyondItsQuota() throws Exception {
        assertEquals(201, nominate("S002", "机械学会推荐一", "孙立", "四川大学", "510100", "FIRST", "2024-08-01").statusCode());

        HttpResponse<String> over = nominate("S002", "机械学会推荐二", "钱进", "四川大学", "510100", "FIRST", "2024-08-02");

        refused(over, "unitCode", "「四川省机械工程学会」本届推荐名额 1 个已用完");
        String quotas = admin.get("v1/awards/editions/" + edition + "/quotas").body();
        String mechanical = JsonObjects.containing(quotas, "\"unitCode\":\"S002\"");
        assertTrue(mechanical.contains("\"unitName\":\"四川省机械工程学会\"") && mechanical.contains("\"quota\":1")
                && mechanical.contains("\"used\":1"), mechanical);
    }

    @Test
    void unknownUnitsAndCategoriesAreRefused() throws Exception {
        refused(nominate("S999", "无名学会推荐", "某人", "某单位", "510100", "FIRST", "2024-08-01"), "unitCode",
                "不是本届推荐单位");
        HttpResponse<String> category = admin.post("v1/awards/editions/" + edition + "/nominations",
                "{\"unitCode\":\"S003\",\"categoryCode\":\"ART\",\"title\":\"艺术论文\",\"nomineeName\":\"某人\","
                        + "\"nomineeUnit\":\"某单位\",\"regionCode\":\"510100\",\"authorRole\":\"FIRST\",\"publishedOn\":\"2024-08-01\"}");
        refused(category, "categoryCode", "本届没有学科组「ART」");
    }

    @Test
    void invalidFieldsGive400WithFieldErrorsAndNothingIsStored() throws Exception {
        HttpResponse<String> missing = admin.post("v1/awards/editions/" + edition + "/nominations",
                "{\"unitCode\":\"S003\",\"categoryCode\":\"ENG\",\"nomineeName\":\"某人\",\"nomineeUnit\":\"某单位\","
                        + "\"regionCode\":\"5101\",\"authorRole\":\"FIRST\",\"publishedOn\":\"2024-08-01\"}");

        assertEquals(400, missing.statusCode(), missing.body());
        assertTrue(missing.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(missing.body().contains("\"field\":\"title\"") && missing.body().contains("\"field\":\"regionCode\""),
                missing.body());
        assertEquals("[]", admin.get("v1/awards/editions/" + edition + "/nominations").body());
    }

    @Test
    void anonymousCallersCannotNominate() throws Exception {
        HttpResponse<String> response = ApiCalls.anonymous().post("v1/awards/editions/" + edition + "/nominations", "{}");

        assertEquals(401, response.statusCode());
    }

    @Test
    void theDemoEditionsOfEveryAwardAreConfigured() throws Exception {
        HttpResponse<String> response = admin.get("v1/awards/editions");
        String editions = response.body();
        assertEquals(200, response.statusCode(), editions);
        String contests = admin.get("v1/contests/editions").body();
        assertTrue(contests.contains("第39届四川省青少年科技创新大赛") && contests.contains("\"popularVote\":true"), contests);

        for (String type : new String[]{"PAPER", "SOCIETY", "JOURNAL", "EVENT", "WORKER"}) {
            assertTrue(editions.contains("\"type\":\"" + type + "\""), type + " in " + editions);
        }
        assertTrue(editions.contains("2025年四川“最美科技工作者”"), editions);
        assertTrue(JsonObjects.containing(editions, "2025年四川“最美科技工作者”").contains("\"places\":10"), editions);
        assertTrue(JsonObjects.containing(editions, "2025年度川渝科技学术大会优秀科技论文").contains("\"publicationFrom\":\"2024-07-01\""),
                editions);
    }

    private HttpResponse<String> nominate(String unit, String title, String name, String organisation, String region,
                                          String role, String published) throws Exception {
        return admin.post("v1/awards/editions/" + edition + "/nominations", "{\"unitCode\":\"" + unit
                + "\",\"categoryCode\":\"ENG\",\"title\":\"" + title + "\",\"nomineeName\":\"" + name
                + "\",\"nomineeUnit\":\"" + organisation + "\",\"regionCode\":\"" + region + "\","
                + (role == null ? "" : "\"authorRole\":\"" + role + "\",") + "\"publishedOn\":\"" + published + "\"}");
    }

    private static void refused(HttpResponse<String> response, String field, String message) {
        assertEquals(422, response.statusCode(), response.body());
        assertTrue(response.body().contains(message), response.body());
        assertTrue(response.body().contains("\"field\":\"" + field + "\""), response.body());
    }
}
