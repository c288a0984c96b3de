package cn.scast.tianfu.it.listing;

import cn.scast.tianfu.it.support.Await;
import cn.scast.tianfu.it.support.ClientTest;
import cn.scast.tianfu.it.support.Deployments;
import cn.scast.tianfu.it.support.RunningPlatform;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The listing API end to end over HTTP: create, match after commit, decline, validation problems that
 * store nothing, authentication, and HTML kept as text.
 */
@ClientTest
@Isolated // counts all listings before and after a refusal, and reads the whole server log of its test
class ListingApiIT {

    static final String API = Deployments.BASE_URL + "/api/v1/listings";
    static final String ADMIN = "Basic " + Base64.getEncoder()
            .encodeToString("admin:Tianfu@2026".getBytes(StandardCharsets.UTF_8));

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void relevantSupplyRanksFirstWithSharedWordsAndDisappearsOnceDeclined() throws Exception {
        long demand = create(listing("DEMAND", "REQUIREMENT", "石墨烯储能电极材料规模化制备技术需求",
                "我公司需要石墨烯储能电极材料的规模化制备工艺，用于超级电容器量产，要求比容量稳定、成本可控。",
                "石墨烯;储能;超级电容器", "430", "38", "510100", "300", "成都某储能科技有限公司"));
        long relevant = create(listing("SUPPLY", "ACHIEVEMENT", "石墨烯超级电容器储能技术",
                "西南交通大学研发的石墨烯超级电容器储能技术，电极材料可规模化制备，已完成中试。",
                "石墨烯;超级电容器;储能", "430", "38", "510100", "200", "西南交通大学"));
        long unrelated = create(listing("SUPPLY", "TECH_SERVICE", "茶叶加工技术服务",
                "提供茶叶加工、茶园管理的技术服务，可为企业量产提供培训。",
                "茶叶;加工;培训", "550", "01", "511800", null, "四川农业大学"));

        JsonArray matches = awaitMatches(demand);

        JsonObject first = matches.getJsonObject(0);
        assertEquals(relevant, first.getJsonNumber("listingId").longValue(), matches.toString());
        assertEquals("石墨烯超级电容器储能技术", first.getString("title"));
        JsonObject shared = reason(first, "SHARED_TERMS");
        assertNotNull(shared, first.toString());
        assertEquals("共同关键词", shared.getString("label"));
        for (String word : List.of("石墨烯", "储能", "超级电容器")) {
            assertTrue(shared.getString("detail").contains(word), shared.toString());
        }
        assertNotNull(reason(first, "SAME_DISCIPLINE"), first.toString());
        assertNotNull(reason(first, "SAME_CITY"), first.toString());
        assertTrue(first.getString("explanation").startsWith("共同关键词：") && first.getString("explanation").contains("同一市州"),
                first.getString("explanation"));
        for (int i = 1; i < matches.size(); i++) {
            JsonObject other = matches.getJsonObject(i);
            assertTrue(other.getJsonNumber("score").doubleValue() <= first.getJsonNumber("score").doubleValue());
            assertTrue(other.getJsonNumber("listingId").longValue() != unrelated
                    || reason(other, "SHARED_TERMS") != null, "an unrelated supply is only proposed with a shared word");
        }

        HttpResponse<String> declined = send(post(API + "/" + demand + "/matches/" + relevant + "/decline",
                "{\"reason\":\"ALREADY_COOPERATING\",\"note\":\"已在洽谈\"}").header("Authorization", ADMIN));
        assertEquals(204, declined.statusCode(), declined.body());

        JsonArray after = matchesOf(demand, 10);
        assertTrue(after.stream().map(JsonObject.class::cast)
                .noneMatch(m -> m.getJsonNumber("listingId").longValue() == relevant), after.toString());
        // the pair is declined from both ends
        JsonArray fromSupply = matchesOf(relevant, 50);
        assertTrue(fromSupply.stream().map(JsonObject.class::cast)
                .noneMatch(m -> m.getJsonNumber("listingId").longValue() == demand), fromSupply.toString());
    }

    /** The listing reaches the index after the commit without a transaction error in the server log. */
    @Test
    void savedListingsReachTheIndexWithoutATransactionErrorInTheServerLog() throws Exception {
        Path log = RunningPlatform.platform().serverLog();
        long logged = Files.size(log);
        long demand = create(listing("DEMAND", "REQUIREMENT", "盐湖卤水提锂吸附剂需求", "寻求盐湖卤水提锂用的铝系吸附剂",
                "盐湖提锂;吸附剂", null, null, null, null, null));
        long supply = create(listing("SUPPLY", "ACHIEVEMENT", "铝系吸附剂盐湖提锂成果", "铝系吸附剂用于盐湖卤水提锂，已中试",
                "盐湖提锂;吸附剂", null, null, null, null, null));

        Await.value("the supply proposed for the demand", Duration.ofSeconds(30), () -> matchesOf(demand, 10),
                matches -> matches.stream().map(JsonObject.class::cast)
                        .anyMatch(m -> m.getJsonNumber("listingId").longValue() == supply));

        String written = logWrittenSince(log, logged);
        assertFalse(written.contains("Invalid transaction passed to resume"), written);
        assertFalse(written.contains("not indexed"), written);
    }

    /** What the server wrote to its log after the given size (all of it when the log was rotated meanwhile). */
    private static String logWrittenSince(Path log, long size) throws IOException {
        byte[] all = Files.readAllBytes(log);
        int from = all.length >= size ? (int) size : 0;
        return new String(all, from, all.length - from, StandardCharsets.UTF_8);
    }

    @Test
    void closedSupplyLeavesTheMatchesAndCannotBeClosedTwice() throws Exception {
        long demand = create(listing("DEMAND", "REQUIREMENT", "氢燃料电池金属双极板需求", "寻求氢燃料电池金属双极板冲压与涂层技术",
                "氢燃料电池;双极板", null, null, null, null, null));
        long supply = create(listing("SUPPLY", "TECH_SERVICE", "氢燃料电池双极板涂层服务", "金属双极板涂层",
                "氢燃料电池;双极板;涂层", null, null, null, null, null));
        assertEquals(supply, awaitMatches(demand).getJsonObject(0).getJsonNumber("listingId").longValue());

        HttpResponse<String> closed = send(post(API + "/" + supply + "/close", "").header("Authorization", ADMIN));
        assertEquals(200, closed.statusCode(), closed.body());
        assertEquals("CLOSED", json(closed.body()).getString("status"));

        JsonArray after = Await.value("the closed supply gone from the matches", Duration.ofSeconds(10),
                () -> matchesOf(demand, 10), matches -> matches.stream().map(JsonObject.class::cast)
                        .noneMatch(m -> m.getJsonNumber("listingId").longValue() == supply));
        assertTrue(after.stream().map(JsonObject.class::cast)
                .noneMatch(m -> m.getJsonNumber("listingId").longValue() == supply), after.toString());
        HttpResponse<String> again = send(post(API + "/" + supply + "/close", "").header("Authorization", ADMIN));
        assertEquals(409, again.statusCode(), again.body());
        assertTrue(json(again.body()).getString("detail").contains("已关闭"), again.body());
    }

    @Test
    void createdListingIsReadBackWithLocationAndChineseText() throws Exception {
        HttpResponse<String> created = send(post(API, listing("SUPPLY", "HIGH_TECH", "溶剂萃取法精制工业磷酸成套技术",
                "四川大学 𠮷 字测试", "磷酸;溶剂萃取", "530", null, "510100", "0", "四川大学")).header("Authorization", ADMIN));

        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        JsonObject read = json(send(get(location)).body());
        assertEquals("溶剂萃取法精制工业磷酸成套技术", read.getString("title"));
        assertEquals("四川大学 𠮷 字测试", read.getString("description"));
        assertEquals("PUBLISHED", read.getString("status"));
        assertEquals("高新技术", read.getString("kindLabel"));
        assertEquals(List.of("磷酸", "溶剂萃取"), read.getJsonArray("keywords").getValuesAs(jakarta.json.JsonString::getString));
    }

    @Test
    void scriptInDescriptionRoundTripsAsText() throws Exception {
        String script = "<script>alert('天府')</script><b>粗体</b> & \"引号\"";
        long id = create(listing("DEMAND", "REQUIREMENT", "脚本文本测试需求", script, "测试", null, null, null, null, null));

        HttpResponse<String> read = send(get(API + "/" + id));

        assertEquals(200, read.statusCode());
        assertEquals(script, json(read.body()).getString("description"));
    }

    @Test
    void emptyTitleIsRefusedPerFieldAndNothingIsStored() throws Exception {
        assertRefused(listing("SUPPLY", "TECH_SERVICE", "", "描述", "词", null, null, null, null, null),
                "title", "标题不能为空");
        assertRefused(listing("SUPPLY", "TECH_SERVICE", "   ", "描述", "词", null, null, null, null, null),
                "title", "标题不能为空");
    }

    @Test
    void hundredKilobyteTitleIsRefused() throws Exception {
        assertRefused(listing("SUPPLY", "TECH_SERVICE", "长".repeat(100 * 1024 / 3), "描述", null, null, null, null, null, null),
                "title", "标题不能超过 100 个字符");
    }

    @Test
    void unknownDisciplineIndustryAndCityAreRefusedTogether() throws Exception {
        HttpResponse<String> refused = assertRefused(listing("DEMAND", "RESEARCH_CHALLENGE", "未知代码测试",
                "描述", null, "99999", "99", "519900", "10", null), "disciplineCode", "学科代码「99999」不存在");
        JsonObject problem = json(refused.body());
        assertEquals("行业代码「99」不存在（GB/T 4754）", errorOf(problem, "industryCode"), problem.toString());
        assertTrue(errorOf(problem, "cityCode").contains("519900"), problem.toString());
        assertRefused(listing("DEMAND", "RESEARCH_CHALLENGE", "负金额测试", null, null, null, null, null, "-5", null),
                "amountWanYuan", "金额不能为负数");
        assertRefused(listing("SUPPLY", "REQUIREMENT", "方向不一致测试", null, null, null, null, null, null, null),
                "side", "不一致");
    }

    @Test
    void missingListingIsA404Problem() throws Exception {
        HttpResponse<String> response = send(get(API + "/987654321"));

        assertEquals(404, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(json(response.body()).getString("detail").contains("987654321"));
        assertEquals(404, send(get(API + "/987654321/matches")).statusCode());
    }

    @Test
    void matchLimitMustBeBetweenOneAndFifty() throws Exception {
        long id = create(listing("DEMAND", "REQUIREMENT", "限额参数测试", null, "限额", null, null, null, null, null));

        assertEquals(400, send(get(API + "/" + id + "/matches?limit=0")).statusCode());
        assertEquals(400, send(get(API + "/" + id + "/matches?limit=51")).statusCode());
        assertEquals(400, send(get(API + "/" + id + "/matches?limit=abc")).statusCode());
        assertEquals(200, send(get(API + "/" + id + "/matches?limit=50")).statusCode());
    }

    @Test
    void callsWithoutCredentialsGet401() throws Exception {
        long id = create(listing("DEMAND", "REQUIREMENT", "匿名访问测试", null, null, null, null, null, null, null));
        long before = total();

        // A client of its own, as an anonymous caller has: no connection shared with the admin's requests.
        HttpClient anonymous = HttpClient.newHttpClient();
        HttpResponse<String> read = anonymous.send(HttpRequest.newBuilder(URI.create(API + "/" + id)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        HttpResponse<String> write = anonymous.send(post(API, listing("DEMAND", "REQUIREMENT", "匿名创建", null, null,
                null, null, null, null, null)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        HttpResponse<String> wrongPassword = send(get(API + "/" + id).setHeader("Authorization",
                "Basic " + Base64.getEncoder().encodeToString("admin:wrong".getBytes(StandardCharsets.UTF_8))));

        assertEquals(401, read.statusCode(), read.body());
        assertTrue(read.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals(401, write.statusCode(), write.body());
        assertEquals(401, wrongPassword.statusCode());
        assertEquals(before, total(), "an anonymous POST stores nothing");
    }

    @Test
    void openApiDocumentDescribesTheListingOperations() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(Deployments.SERVER_URL + "/openapi")).GET());

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("/api/v1/listings/") && response.body().contains("/matches"), response.body());
        assertTrue(response.body().contains("精准匹配"), "operation summaries are published");
    }

    // --- helpers ---

    private HttpResponse<String> assertRefused(String body, String field, String messagePart) throws Exception {
        long before = total();
        HttpResponse<String> response = send(post(API, body).header("Authorization", ADMIN));

        assertEquals(400, response.statusCode(), response.body().length() > 2000 ? response.body().substring(0, 2000) : response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
        JsonObject problem = json(response.body());
        assertEquals(400, problem.getInt("status"));
        String message = errorOf(problem, field);
        assertNotNull(message, "no error for " + field + " in " + problem);
        assertTrue(message.contains(messagePart), message);
        assertTrue(response.body().length() < 4000, "the problem does not echo the input");
        assertEquals(before, total(), "nothing stored");
        return response;
    }

    private static String errorOf(JsonObject problem, String field) {
        return problem.getJsonArray("errors").stream().map(JsonObject.class::cast)
                .filter(e -> e.getString("field").equals(field))
                .map(e -> e.getString("message")).findFirst().orElse(null);
    }

    private static JsonObject reason(JsonObject match, String type) {
        return match.getJsonArray("reasons").stream().map(JsonObject.class::cast)
                .filter(r -> r.getString("type").equals(type)).findFirst().orElse(null);
    }

    private long total() throws Exception {
        HttpResponse<String> response = send(get(API + "?max=1"));
        assertEquals(200, response.statusCode(), response.body());
        return json(response.body()).getJsonNumber("total").longValue();
    }

    private JsonArray awaitMatches(long id) throws Exception {
        return Await.value("matches for listing " + id, Duration.ofSeconds(60), () -> matchesOf(id, 10),
                matches -> !matches.isEmpty());
    }

    private JsonArray matchesOf(long id, int limit) throws Exception {
        HttpResponse<String> response = send(get(API + "/" + id + "/matches?limit=" + limit));
        assertEquals(200, response.statusCode(), response.body());
        return json(response.body()).getJsonArray("matches");
    }

    private long create(String body) throws Exception {
        HttpResponse<String> response = send(post(API, body).header("Authorization", ADMIN));
        assertEquals(201, response.statusCode(), response.body());
        return json(response.body()).getJsonNumber("id").longValue();
    }

    static String listing(String side, String kind, String title, String description, String keywords,
                          String discipline, String industry, String city, String amount, String owner) {
        return "{\"externalId\":null,\"side\":" + str(side) + ",\"kind\":" + str(kind) + ",\"title\":" + str(title)
                + ",\"description\":" + str(description) + ",\"keywords\":" + str(keywords)
                + ",\"disciplineCode\":" + str(discipline) + ",\"industryCode\":" + str(industry)
                + ",\"cityCode\":" + str(city) + ",\"amountWanYuan\":" + (amount == null ? "null" : amount)
                + ",\"ownerName\":" + str(owner) + ",\"publish\":true}";
    }

    private static String str(String value) {
        return value == null ? "null" : Json.createValue(value).toString();
    }

    private static HttpRequest.Builder get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", ADMIN).GET();
    }

    private static HttpRequest.Builder post(String url, String json) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
