package cn.scast.tianfu.it.security;

import cn.scast.tianfu.it.support.ApiCalls;
import cn.scast.tianfu.it.support.Deployments;
import cn.scast.tianfu.it.support.Await;
import cn.scast.tianfu.it.support.PlatformTest;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import static cn.scast.tianfu.it.support.ApiCalls.idOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A 科服保姆 works for one city: they publish and change only their own city's listings and see and carry only their
 * own city's 保姆单; administrators work on every city. Refusals are 403 problem+json in Chinese and change nothing.
 */
@PlatformTest
class CityScopeIT {

    private static final String ZIGONG = "510300";
    private static final String CHENGDU = "510100";
    private static final String PASSWORD = "Staff2026pw";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(CityScopeIT.class);
    }

    private final ApiCalls admin = ApiCalls.as("admin", "Tianfu@2026");
    private String zigongStaff;
    private String chengduStaff;
    private ApiCalls zigong;
    private ApiCalls chengdu;

    @BeforeEach
    void registerStaffOfTwoCities() throws Exception {
        Await.until("21 city associations", Duration.ofMinutes(2),
                () -> admin.get("v1/city-associations").body().split("\"cityCode\"").length > 21);
        zigongStaff = staff(ZIGONG);
        chengduStaff = staff(CHENGDU);
        zigong = ApiCalls.as(zigongStaff, PASSWORD);
        chengdu = ApiCalls.as(chengduStaff, PASSWORD);
    }

    @Test
    void staffPublishAndChangeOnlyTheirOwnCitysListings() throws Exception {
        assertEquals(201, zigong.post("v1/listings", listing("自贡的技术需求", ZIGONG)).statusCode());
        assertRefused(zigong.post("v1/listings", listing("冒充成都的技术需求", CHENGDU)), "本市州");

        long chengduListing = idOf(created(admin.post("v1/listings", listing("成都的技术需求", CHENGDU))));
        assertRefused(zigong.put("v1/listings/" + chengduListing, listing("被外市改写", CHENGDU)), "本市州");
        assertRefused(zigong.post("v1/listings/" + chengduListing + "/close", ""), "本市州");
        JsonObject unchanged = json(admin.get("v1/listings/" + chengduListing).body());
        assertTrue(unchanged.getString("title").contains("成都的技术需求"), unchanged.toString());
        assertEquals("PUBLISHED", unchanged.getString("status"), unchanged.toString());

        long own = idOf(created(zigong.post("v1/listings", listing("自贡的另一项需求", ZIGONG))));
        assertRefused(zigong.put("v1/listings/" + own, listing("搬到成都", CHENGDU)), "本市州");
        assertEquals(ZIGONG, json(admin.get("v1/listings/" + own).body()).getString("cityCode"));
        assertEquals(200, zigong.put("v1/listings/" + own, listing("自贡需求（修订）", ZIGONG)).statusCode());

        assertEquals(200, chengdu.post("v1/listings/" + chengduListing + "/close", "").statusCode());
    }

    @Test
    void staffSeeAndCarryOnlyTheirOwnCitysOrders() throws Exception {
        long order = idOf(created(chengdu.post("v1/concierge/orders", order(CHENGDU))));
        assertRefused(zigong.post("v1/concierge/orders", order(CHENGDU)), "本市州");

        assertRefused(zigong.get("v1/concierge/orders/" + order), "本市州");
        assertRefused(zigong.post("v1/concierge/orders/" + order + "/steps", "{\"type\":\"VISIT\",\"note\":\"冒名走访\"}"),
                "本市州");
        assertFalse(zigong.get("v1/concierge/orders").body().contains("\"id\":" + order + ","),
                "another city's order is not listed");

        HttpResponse<String> visited = chengdu.post("v1/concierge/orders/" + order + "/steps",
                "{\"type\":\"VISIT\",\"note\":\"首次上门走访\",\"recordedBy\":\"someone-else\"}");
        assertEquals(200, visited.statusCode(), visited.body());
        JsonArray steps = Json.createReader(new StringReader(admin.get("v1/concierge/orders/" + order + "/steps").body()))
                .readArray();
        assertEquals(1, steps.size(), steps.toString());
        assertEquals(chengduStaff, steps.getJsonObject(0).getString("recordedBy"), "the caller records the step");
        assertTrue(chengdu.get("v1/concierge/orders").body().contains("\"id\":" + order + ","));
        assertTrue(admin.get("v1/concierge/orders").body().contains("\"id\":" + order + ","));

        HttpResponse<String> unknown = admin.get("v1/concierge/orders/987654321");
        assertEquals(404, unknown.statusCode(), unknown.body());
    }

    // ---- fixtures ----

    private String staff(String cityCode) throws Exception {
        String username = "cs" + UUID.randomUUID().toString().substring(0, 10);
        HttpResponse<String> created = admin.post("v1/staff", "{\"username\":\"" + username + "\",\"displayName\":\"市州保姆\","
                + "\"cityAssociationId\":" + associationOf(cityCode) + ",\"initialPassword\":\"" + PASSWORD + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        return username;
    }

    private long associationOf(String cityCode) throws Exception {
        for (JsonValue item : Json.createReader(new StringReader(admin.get("v1/city-associations").body())).readArray()) {
            JsonObject association = item.asJsonObject();
            if (cityCode.equals(association.getString("cityCode"))) {
                return association.getJsonNumber("id").longValue();
            }
        }
        throw new AssertionError("no association for " + cityCode);
    }

    private static String listing(String title, String cityCode) {
        return "{\"kind\":\"REQUIREMENT\",\"title\":\"" + title + "-" + UUID.randomUUID().toString().substring(0, 6)
                + "\",\"keywords\":\"市州范围;测试\",\"cityCode\":\"" + cityCode + "\",\"publish\":true}";
    }

    private static String order(String cityCode) {
        return "{\"clientType\":\"ENTERPRISE\",\"clientName\":\"市州范围测试企业\",\"cityCode\":\"" + cityCode
                + "\",\"title\":\"技术对接\",\"policy\":\"一单一策\"}";
    }

    private static String created(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response.body());
        return response.body();
    }

    private static void assertRefused(HttpResponse<String> response, String reason) {
        assertEquals(403, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
        assertTrue(json(response.body()).getString("detail").contains(reason), response.body());
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
