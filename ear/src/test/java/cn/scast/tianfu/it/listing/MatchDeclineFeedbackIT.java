package cn.scast.tianfu.it.listing;

import cn.scast.tianfu.it.support.ApiCalls;
import cn.scast.tianfu.it.support.ClientTest;
import cn.scast.tianfu.it.support.MatchingIndexCaughtUp;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Declines feed back into matching, through the REST API: a declined pair is never proposed again from
 * either end, "wrong field" lowers the other candidates of the declined one's discipline for that
 * listing, "too far" those of its city, "already solved" those with the declined one's keywords, "budget" those asking
 * as much (or offering as little); and the explanations show no form template words.
 */
@ClientTest
@Isolated // compares scores of two answers: listings other classes create meanwhile move the index statistics
class MatchDeclineFeedbackIT {

    private static final String LISTINGS = "v1/listings";
    private static final double HALF = 0.5; // TaxonomyBoost.DECLINED_LIKE

    private final ApiCalls admin = ApiCalls.as("admin", "Tianfu@2026");

    @Test
    void declinesExcludeThePairBothWaysAndLowerSimilarCandidates() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long demand = create(listing(run, "DEMAND", "REQUIREMENT", "高镍正极材料包覆改性需求",
                "需要高镍三元正极材料表面包覆改性方面的技术支持，寻求相关合作团队。",
                "高镍正极材料;表面包覆;循环寿命", "430", "510100"));
        long sameField = create(listing(run, "SUPPLY", "ACHIEVEMENT", "高镍正极材料表面包覆技术",
                "高镍三元正极材料的氧化铝表面包覆，提升循环寿命。", "高镍正极材料;表面包覆", "430", "510600"));
        long chemistry = create(listing(run, "SUPPLY", "TECH_SERVICE", "正极材料前驱体共沉淀工艺",
                "高镍正极材料前驱体的共沉淀合成与表面包覆工艺服务。", "高镍正极材料;前驱体;共沉淀", "530", "510700"));
        long chemistryToo = create(listing(run, "SUPPLY", "TECH_SERVICE", "正极材料湿法包覆工艺",
                "高镍正极材料湿法表面包覆与烧结工艺。", "高镍正极材料;表面包覆;烧结", "530", "510800"));
        long nearSameField = create(listing(run, "SUPPLY", "ACHIEVEMENT", "正极材料循环寿命测试",
                "高镍正极材料循环寿命与表面包覆层表征。", "高镍正极材料;循环寿命", "430", "510600"));

        MatchingIndexCaughtUp.await(); // scores of two answers are compared below: the index must hold still
        JsonArray before = matchesOf(demand);
        for (long id : List.of(sameField, chemistry, chemistryToo, nearSameField)) {
            assertNotNull(match(before, id), id + " must be proposed: " + before);
        }
        for (int i = 0; i < before.size(); i++) {
            String shared = reasonDetail(before.getJsonObject(i), "SHARED_TERMS");
            for (String noise : List.of("需要", "技术", "技术支持", "方面", "相关", "合作", "团队", "的")) {
                assertFalse(List.of(shared.split("、")).contains(noise), "template word shown: " + shared);
            }
            assertTrue(shared.split("、").length <= 5, shared);
        }

        // wrong field: the pair is gone from both ends, the other chemistry supply drops to half its weight
        assertEquals(204, decline(demand, chemistry, "WRONG_FIELD").statusCode());
        JsonArray afterWrongField = matchesOf(demand);
        assertNull(match(afterWrongField, chemistry), afterWrongField.toString());
        assertNull(match(matchesOf(chemistry), demand), "declined from the supply's end as well");
        assertEquals(HALF * relative(before, chemistryToo, sameField), relative(afterWrongField, chemistryToo, sameField), 1e-3);
        assertEquals(relative(before, nearSameField, sameField), relative(afterWrongField, nearSameField, sameField), 1e-3,
                "candidates of other disciplines keep their weight");

        // too far, declined from the supply's end: the demand's candidates in that supply's city are lowered
        assertEquals(204, decline(sameField, demand, "TOO_FAR").statusCode());
        JsonArray afterTooFar = matchesOf(demand);
        assertNull(match(afterTooFar, sameField), afterTooFar.toString());
        assertNull(match(matchesOf(sameField), demand), afterTooFar.toString());
        assertEquals(HALF * relative(afterWrongField, nearSameField, chemistryToo),
                relative(afterTooFar, nearSameField, chemistryToo), 1e-3, "510600 is the declined supply's city");

        // the reasons the API accepts are listed when a wrong one is sent
        HttpResponse<String> refused = decline(demand, nearSameField, "NO_SUCH_REASON");
        assertEquals(400, refused.statusCode(), refused.body());
        for (String code : List.of("WRONG_FIELD", "TOO_FAR", "ALREADY_SOLVED", "BUDGET_MISMATCH")) {
            assertTrue(refused.body().contains(code), refused.body());
        }
        assertEquals(204, decline(demand, nearSameField, "ALREADY_SOLVED").statusCode());
        assertNull(match(matchesOf(demand), nearSameField));
    }

    @Test
    void solvedAndBudgetDeclinesLowerCandidatesLikeTheDeclinedOne() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long demand = create(listing(run, "DEMAND", "REQUIREMENT", "钒液流电池电堆密封与漏液治理需求",
                "钒液流电池电堆密封件老化导致漏液，寻求漏液监测与修复方案。", "钒液流电池;电堆密封;漏液", "430", "510100", "300"));
        long solved = create(listing(run, "SUPPLY", "ACHIEVEMENT", "钒液流电池电堆密封件",
                "钒液流电池电堆密封件与密封结构设计。", "电堆密封;密封件", "430", "510100", "100"));
        long likeSolved = create(listing(run, "SUPPLY", "TECH_SERVICE", "钒液流电池电堆密封胶条检测",
                "钒液流电池电堆密封胶条老化与漏液检测。", "电堆密封;胶条检测", "430", "510100", "50"));
        long dear = create(listing(run, "SUPPLY", "HIGH_TECH", "钒液流电池漏液监测系统",
                "钒液流电池漏液的光纤监测系统。", "漏液;监测系统", "430", "510100", "500"));
        long dearer = create(listing(run, "SUPPLY", "HIGH_TECH", "钒液流电池漏液在线监测",
                "钒液流电池漏液在线监测与预警平台。", "漏液;在线监测", "430", "510100", "800"));
        long cheaper = create(listing(run, "SUPPLY", "TECH_SERVICE", "钒液流电池漏液巡检服务",
                "钒液流电池漏液巡检与维护服务。", "漏液;巡检", "430", "510100", "80"));
        long reference = create(listing(run, "SUPPLY", "TECH_SERVICE", "钒液流电池漏液修复",
                "钒液流电池漏液修复与电解液回收。", "漏液;修复", "430", "510100", null));

        long richDemand = create(listing(run, "DEMAND", "REQUIREMENT", "钒液流电池漏液监测采购",
                "采购钒液流电池漏液监测系统。", "漏液;监测系统", "430", "510100", "1000"));
        long poorDemand = create(listing(run, "DEMAND", "REQUIREMENT", "钒液流电池漏液监测改造",
                "钒液流电池漏液监测系统改造。", "漏液;监测系统", "430", "510100", "200"));
        long openDemand = create(listing(run, "DEMAND", "REQUIREMENT", "钒液流电池漏液监测评估",
                "钒液流电池漏液监测系统评估。", "漏液;监测系统", "430", "510100", null));
        MatchingIndexCaughtUp.await(); // scores of two answers are compared below: the index must hold still
        JsonArray forDearBefore = matchesOf(dear);
        JsonArray before = matchesOf(demand);
        for (long id : List.of(solved, likeSolved, dear, dearer, cheaper, reference)) {
            assertNotNull(match(before, id), id + " must be proposed: " + before);
        }

        // already solved: candidates with one of the declined supply's keywords (电堆密封) count half
        assertEquals(204, decline(demand, solved, "ALREADY_SOLVED").statusCode());
        JsonArray afterSolved = matchesOf(demand);
        assertNull(match(afterSolved, solved), afterSolved.toString());
        assertEquals(HALF * relative(before, likeSolved, reference), relative(afterSolved, likeSolved, reference), 1e-3);
        assertEquals(relative(before, dear, reference), relative(afterSolved, dear, reference), 1e-3,
                "candidates without the solved keywords keep their weight");

        // budget: after a 500万 supply was too dear, supplies asking 500万 or more count half; cheaper ones and those
        // without an amount keep their weight
        assertEquals(204, decline(demand, dear, "BUDGET_MISMATCH").statusCode());
        JsonArray afterBudget = matchesOf(demand);
        assertNull(match(afterBudget, dear), afterBudget.toString());
        assertEquals(HALF * relative(afterSolved, dearer, reference), relative(afterBudget, dearer, reference), 1e-3);
        assertEquals(relative(afterSolved, cheaper, reference), relative(afterBudget, cheaper, reference), 1e-3);

        // the pair's judgement counts from the supply's end too: for the declined supply, demands offering at most
        // the declined demand's 300万 count half
        JsonArray forDear = matchesOf(dear);
        assertNull(match(forDear, demand), forDear.toString());
        assertEquals(HALF * relative(forDearBefore, poorDemand, openDemand), relative(forDear, poorDemand, openDemand), 1e-3);
        assertEquals(relative(forDearBefore, richDemand, openDemand), relative(forDear, richDemand, openDemand), 1e-3);
    }

    /** Score of one candidate relative to another in the same answer (scores compare within one answer only). */
    private static double relative(JsonArray matches, long candidate, long reference) {
        JsonObject c = match(matches, candidate);
        JsonObject r = match(matches, reference);
        assertNotNull(c, candidate + " missing in " + matches);
        assertNotNull(r, reference + " missing in " + matches);
        return c.getJsonNumber("score").doubleValue() / r.getJsonNumber("score").doubleValue();
    }

    private static JsonObject match(JsonArray matches, long id) {
        return matches.stream().map(JsonObject.class::cast)
                .filter(m -> m.getJsonNumber("listingId").longValue() == id).findFirst().orElse(null);
    }

    private static String reasonDetail(JsonObject match, String type) {
        return match.getJsonArray("reasons").stream().map(JsonObject.class::cast)
                .filter(r -> r.getString("type").equals(type)).map(r -> r.getString("detail"))
                .findFirst().orElseThrow(() -> new AssertionError("no " + type + " in " + match));
    }

    private HttpResponse<String> decline(long listing, long other, String reason) throws Exception {
        return admin.post(LISTINGS + "/" + listing + "/matches/" + other + "/decline",
                "{\"reason\":\"" + reason + "\",\"note\":\"评测\"}");
    }

    private JsonArray matchesOf(long id) throws Exception {
        HttpResponse<String> response = admin.get(LISTINGS + "/" + id + "/matches?limit=50");
        assertEquals(200, response.statusCode(), response.body());
        return json(response.body()).getJsonArray("matches");
    }

    private long create(String body) throws Exception {
        HttpResponse<String> response = admin.post(LISTINGS, body);
        assertEquals(201, response.statusCode(), response.body());
        return ApiCalls.idOf(response.body());
    }

    private static String listing(String run, String side, String kind, String title, String description,
                                  String keywords, String discipline, String city) {
        return listing(run, side, kind, title, description, keywords, discipline, city, null);
    }

    private static String listing(String run, String side, String kind, String title, String description,
                                  String keywords, String discipline, String city, String amountWanYuan) {
        var json = Json.createObjectBuilder().add("externalId", "decline-it-" + run + "-" + UUID.randomUUID())
                .add("side", side).add("kind", kind).add("title", title).add("description", description)
                .add("keywords", keywords).add("disciplineCode", discipline).add("cityCode", city)
                .add("ownerName", "评测单位").add("publish", true);
        if (amountWanYuan != null) {
            json.add("amountWanYuan", new java.math.BigDecimal(amountWanYuan));
        }
        return json.build().toString();
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
