package cn.scast.tianfu.it.concierge;

import cn.scast.tianfu.it.support.ApiCalls;
import cn.scast.tianfu.it.support.Deployments;
import cn.scast.tianfu.it.support.Await;
import cn.scast.tianfu.it.support.PlatformTest;
import cn.scast.tianfu.membership.AccountService;
import cn.scast.tianfu.membership.Role;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.UUID;

import static cn.scast.tianfu.it.support.ApiCalls.idOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 感兴趣 → 保姆单: an enterprise asks for an introduction to a worker's matching 所能; the pair gets one order in the
 * demand's city (the worker asking too joins it), both sides follow its timeline, and each learns who the other is only
 * after the 科服保姆 has made the introduction. Others cannot ask for someone else's listing.
 */
@PlatformTest
class IntroductionIT {

    private static final String PASSWORD = "Portal2026pw";
    private static final String CITY = "510600";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(IntroductionIT.class);
    }

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/AccountService")
    private AccountService accounts;

    private final ApiCalls admin = ApiCalls.as("admin", "Tianfu@2026");

    @Test
    void anIntroductionOpensOneOrderPerPairAndRevealsTheOtherSideOnlyAfterTheIntroduction() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        ApiCalls enterprise = account("ent" + suffix, "德阳某装备制造有限公司" + suffix, Role.ENTERPRISE);
        ApiCalls worker = account("wk" + suffix, "李研究员" + suffix, Role.WORKER);
        ApiCalls outsider = account("ot" + suffix, "王其他" + suffix, Role.WORKER);
        staffFor(CITY, "dy" + suffix);

        String marker = "叶片裂纹" + suffix;
        long demand = idOf(created(enterprise.post("v1/listings", "{\"kind\":\"RESEARCH_CHALLENGE\",\"title\":\"燃气轮机" + marker
                + "检测难题\",\"keywords\":\"" + marker + ";无损检测;燃气轮机\",\"cityCode\":\"" + CITY + "\"}")));
        long supply = idOf(created(worker.post("v1/listings", "{\"kind\":\"TECH_SERVICE\",\"title\":\"" + marker
                + "超声无损检测服务\",\"keywords\":\"" + marker + ";无损检测\",\"cityCode\":\"510100\"}")));
        Await.until("the worker's supply is among the demand's matches", Duration.ofSeconds(30),
                () -> enterprise.get("v1/listings/" + demand + "/matches?limit=10").body().contains("\"listingId\":" + supply));

        HttpResponse<String> foreignDecline = outsider.post("v1/listings/" + demand + "/matches/" + supply + "/decline",
                "{\"reason\":\"NOT_RELEVANT\"}");
        assertEquals(403, foreignDecline.statusCode(), "no one declines for another's listing: " + foreignDecline.body());
        assertTrue(enterprise.get("v1/listings/" + demand + "/matches?limit=10").body().contains("\"listingId\":" + supply),
                "the refused decline changed nothing");

        HttpResponse<String> asked = enterprise.post("v1/introductions", pair(demand, supply));
        assertEquals(200, asked.statusCode(), asked.body());
        JsonObject order = json(asked.body());
        assertEquals(CITY.substring(0, 4), order.getString("orderNo").substring(7, 11), "the demand's city carries the order");
        assertTrue(hidden(order), "not introduced yet: " + order);

        JsonObject joined = json(worker.post("v1/introductions", pair(supply, demand)).body());
        assertEquals(order.getInt("orderId"), joined.getInt("orderId"), "one order per pair (一单一策)");

        HttpResponse<String> foreign = outsider.post("v1/introductions", pair(demand, supply));
        assertEquals(403, foreign.statusCode(), foreign.body());
        assertTrue(foreign.body().contains("自己发布"), foreign.body());
        assertEquals(404, enterprise.post("v1/introductions", pair(demand, 987654321L)).statusCode());

        long orderId = order.getJsonNumber("orderId").longValue();
        assertEquals(200, admin.post("v1/concierge/orders/" + orderId + "/steps", "{\"type\":\"VISIT\",\"note\":\"走访企业\"}").statusCode());
        assertTrue(hidden(mine(enterprise, orderId)), "a visit is not yet the introduction");
        assertEquals(200, admin.post("v1/concierge/orders/" + orderId + "/steps", "{\"type\":\"INTRODUCTION\",\"note\":\"引荐双方\"}").statusCode());

        JsonObject seenByEnterprise = mine(enterprise, orderId);
        assertEquals("李研究员" + suffix, seenByEnterprise.getString("counterpartName"));
        assertEquals("李研究员" + suffix, seenByEnterprise.getJsonObject("counterpartContact").getString("name"),
                "the contact is shown once introduced");
        assertEquals(2, seenByEnterprise.getJsonArray("timeline").size());
        assertEquals("德阳某装备制造有限公司" + suffix, mine(worker, orderId).getString("counterpartName"));
        assertTrue(outsider.get("v1/introductions").body().equals("[]"), "an outsider follows nothing");

        String orderNo = order.getString("orderNo");
        String page = cn.scast.tianfu.it.support.SignedInPages.signIn("ent" + suffix, PASSWORD).get("/account/market.xhtml").body();
        assertTrue(page.contains("燃气轮机" + marker + "检测难题") && page.contains(marker + "超声无损检测服务")
                && page.contains(orderNo) && page.contains("李研究员" + suffix), "我的供需 shows the listing, its match and the order");
        String enterpriseInbox = enterprise.get("v1/account/inbox").body();
        assertTrue(enterpriseInbox.contains("对接申请已受理：" + orderNo) && enterpriseInbox.contains("对接进展：对接引荐（" + orderNo),
                enterpriseInbox);
        String workerInbox = worker.get("v1/account/inbox").body();
        assertTrue(workerInbox.contains("对接进展：上门走访（" + orderNo) && workerInbox.contains("对接进展：对接引荐（" + orderNo),
                workerInbox);
    }

    // ---- fixtures ----

    private ApiCalls account(String username, String name, Role role) {
        accounts.createAccount(username, name, PASSWORD.toCharArray(), EnumSet.of(role));
        return ApiCalls.as(username, PASSWORD);
    }

    private void staffFor(String cityCode, String username) throws Exception {
        long association = -1;
        for (JsonValue item : Json.createReader(new StringReader(admin.get("v1/city-associations").body())).readArray()) {
            if (cityCode.equals(item.asJsonObject().getString("cityCode"))) {
                association = item.asJsonObject().getJsonNumber("id").longValue();
            }
        }
        HttpResponse<String> created = admin.post("v1/staff", "{\"username\":\"" + username + "\",\"displayName\":\"德阳保姆\","
                + "\"cityAssociationId\":" + association + ",\"initialPassword\":\"Staff2026pw\"}");
        assertEquals(201, created.statusCode(), created.body());
    }

    private static JsonObject mine(ApiCalls caller, long orderId) throws Exception {
        JsonArray all = Json.createReader(new StringReader(caller.get("v1/introductions").body())).readArray();
        return all.stream().map(JsonValue::asJsonObject).filter(o -> o.getJsonNumber("orderId").longValue() == orderId)
                .findFirst().orElseThrow(() -> new AssertionError("order " + orderId + " not in " + all));
    }

    /** JSON-B leaves a null name and contact out. */
    private static boolean hidden(JsonObject introduction) {
        return (!introduction.containsKey("counterpartName") || introduction.isNull("counterpartName"))
                && (!introduction.containsKey("counterpartContact") || introduction.isNull("counterpartContact"));
    }

    private static String pair(long own, long counterpart) {
        return "{\"listingId\":" + own + ",\"counterpartId\":" + counterpart + "}";
    }

    private static String created(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response.body());
        return response.body();
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
