package cn.scast.tianfu.it.membership;

import cn.scast.tianfu.it.support.ApiCalls;
import cn.scast.tianfu.it.support.ClientTest;
import cn.scast.tianfu.it.support.Deployments;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static cn.scast.tianfu.it.membership.MembershipFixtures.*;
import static cn.scast.tianfu.it.support.ApiCalls.idOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** /api/v1/teams with HTTP Basic: the team rules, problem bodies per field, nothing half-saved, city scoping. */
@ClientTest
class TeamApiIT {

    private final ApiCalls admin = MembershipFixtures.admin();

    @Test
    void aTeamIsCreatedWithItsLeaderAmongTheMembersAndCanBeFoundByMember() throws Exception {
        long leader = worker("510100");
        long member = worker("510100");
        String name = unique("石墨烯团队");
        HttpResponse<String> created = admin.post("/teams", team(name, leader, "[" + member + "," + member + "]", "510100"));

        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.headers().firstValue("Location").orElse("").contains("/api/v1/teams/" + idOf(created.body())));
        assertTrue(created.body().contains("\"memberCount\":2"), "leader added, duplicate member once: " + created.body());
        assertFalse(created.body().contains("\"mobile\""), "no private fields of members: " + created.body());

        HttpResponse<String> read = admin.get("/teams/" + idOf(created.body()));
        assertEquals(200, read.statusCode());
        assertTrue(read.body().contains("\"id\":" + leader + ",") && read.body().contains("\"id\":" + member + ","), read.body());
        String byMember = admin.get("/teams?member=" + member).body();
        assertTrue(byMember.contains(name), byMember);
        assertEquals(1, totalOf(admin.get("/teams?name=" + enc(name) + "&city=510100").body()));
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsSaved() throws Exception {
        String longName = "长".repeat(65);
        HttpResponse<String> refused = admin.post("/teams", "{\"name\":\"" + longName + "\",\"leaderId\":999999999,"
                + "\"memberIds\":[],\"cityCode\":\"519900\",\"disciplineCode\":\"99999\"}");

        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        for (String field : new String[] {"name", "leaderId", "cityCode", "disciplineCode"}) {
            assertTrue(refused.body().contains("\"field\":\"" + field + "\""), field + " in " + refused.body());
        }
        assertTrue(refused.body().contains("团队负责人不存在"), refused.body());

        String name = unique("半存团队");
        long leader = worker("510100");
        HttpResponse<String> unknownMember = admin.post("/teams", team(name, leader, "[" + leader + ",999999998]", "510100"));
        assertEquals(400, unknownMember.statusCode(), unknownMember.body());
        assertTrue(unknownMember.body().contains("\"field\":\"memberIds\""), unknownMember.body());
        HttpResponse<String> noLeader = admin.post("/teams", "{\"name\":\"" + name + "\",\"cityCode\":\"510100\"}");
        assertEquals(400, noLeader.statusCode());
        assertTrue(noLeader.body().contains("请选择团队负责人"), noLeader.body());
        assertEquals(0, totalOf(admin.get("/teams?name=" + enc(name)).body()), "nothing half-saved");
    }

    @Test
    void aTeamNameIsUniqueWithinItsCity() throws Exception {
        String name = unique("同名团队");
        long leader = worker("510100");
        assertEquals(201, admin.post("/teams", team(name, leader, "[]", "510100")).statusCode());

        HttpResponse<String> again = admin.post("/teams", team(name, leader, "[]", "510100"));
        assertEquals(409, again.statusCode(), again.body());
        assertTrue(again.body().contains("\"field\":\"name\"") && again.body().contains("同名团队"), again.body());
        assertEquals(201, admin.post("/teams", team(name, worker("510300"), "[]", "510300")).statusCode(),
                "the same name in another city is another team");
    }

    @Test
    void updatesReplaceTheMembersAndKeepTheLeader() throws Exception {
        long leader = worker("510100");
        long first = worker("510100");
        long second = worker("510100");
        HttpResponse<String> created = admin.post("/teams", team(unique("更新团队"), leader, "[" + first + "]", "510100"));
        long id = idOf(created.body());

        HttpResponse<String> updated = admin.put("/teams/" + id, team(unique("更新后团队"), leader, "[" + second + "]", "510100"));
        assertEquals(200, updated.statusCode(), updated.body());
        assertTrue(updated.body().contains("\"id\":" + second + ","), updated.body());
        assertFalse(updated.body().contains("\"id\":" + first + ","), "replaced: " + updated.body());
        assertTrue(updated.body().contains("\"memberCount\":2"), updated.body());
        assertEquals(404, admin.put("/teams/999999997", team("不存在", leader, "[]", "510100")).statusCode());
    }

    @Test
    void cityStaffWriteTeamsOfTheirOwnCityOnlyAndOthersNotAtAll() throws Exception {
        String staff = unique("staff").toLowerCase();
        long zigong = associationOf("510300");
        HttpResponse<String> registered = admin.post("/staff", "{\"username\":\"" + staff + "\",\"displayName\":\"自贡保姆\","
                + "\"cityAssociationId\":" + zigong + ",\"initialPassword\":\"Staff2026pw\"}");
        assertEquals(201, registered.statusCode(), registered.body());
        ApiCalls client = MembershipFixtures.as(staff, "Staff2026pw");

        long local = worker("510300");
        assertEquals(201, client.post("/teams", team(unique("自贡团队"), local, "[]", "510300")).statusCode());
        HttpResponse<String> foreign = client.post("/teams", team(unique("成都团队"), worker("510100"), "[]", "510100"));
        assertEquals(403, foreign.statusCode(), foreign.body());
        assertTrue(foreign.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));

        HttpResponse<String> anonymous = MembershipFixtures.anonymous().get("/teams");
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(401, MembershipFixtures.anonymous().post("/teams", team("匿名", local, "[]", "510300")).statusCode());
    }

    @Test
    void theNewResourcesAreInTheOpenApiDocument() throws Exception {
        HttpResponse<String> document = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(Deployments.SERVER_URL + "/openapi")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, document.statusCode());
        for (String path : new String[] {"/api/v1/teams", "/api/v1/journals", "/api/v1/staff", "/api/v1/city-associations",
                "/api/v1/organisation-memberships", "/api/v1/workers/export"}) {
            assertTrue(document.body().contains(path), path);
        }
    }

    // ---- fixtures ----

    private long worker(String city) throws Exception {
        HttpResponse<String> created = admin.post("/workers", workerJson(unique("队员"), idNumber(), null, city, null));
        assertEquals(201, created.statusCode(), created.body());
        return idOf(created.body());
    }

    private long associationOf(String cityCode) throws Exception {
        return associationId(admin, cityCode);
    }
}
