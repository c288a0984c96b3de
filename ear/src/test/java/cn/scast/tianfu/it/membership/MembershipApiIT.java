package cn.scast.tianfu.it.membership;

import cn.scast.tianfu.it.support.ApiCalls;
import cn.scast.tianfu.it.support.ClientTest;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static cn.scast.tianfu.it.membership.MembershipFixtures.*;
import static cn.scast.tianfu.it.support.ApiCalls.idOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The membership REST API from outside: authentication, validation as problem+json, nothing half-saved. */
@ClientTest
class MembershipApiIT {

    private final ApiCalls admin = MembershipFixtures.admin();

    @Test
    void unauthenticatedCallsGet401ProblemNotData() throws Exception {
        for (String path : new String[] {"/workers", "/workers/1", "/organisations", "/societies"}) {
            HttpResponse<String> response = MembershipFixtures.anonymous().get(path);
            assertEquals(401, response.statusCode(), path + ": " + response.body());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                    path + " " + response.headers().map() + " " + response.body());
            assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"),
                    path + " " + response.headers().map());
        }
        HttpResponse<String> post = MembershipFixtures.anonymous().post("/workers",
                workerJson("匿名", idNumber(), null, "510100", null));
        assertEquals(401, post.statusCode(), post.body());
        assertEquals(401, MembershipFixtures.as(ADMIN, "wrong-password").get("/workers").statusCode());
    }

    @Test
    void invalidIdNumberIsRefusedWithFieldErrorAndNothingIsSaved() throws Exception {
        String name = unique("无效证号");
        HttpResponse<String> response = admin.post("/workers",
                workerJson(name, withWrongCheckCharacter(idNumber()), "13800138000", "510100", null));

        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(response.body().contains("\"field\":\"idNumber\""), response.body());
        assertTrue(response.body().contains("身份证号"), response.body());
        assertEquals(0, totalOf(admin.get("/workers?name=" + enc(name)).body()));
    }

    @Test
    void severalInvalidFieldsAreAllListed() throws Exception {
        String tooLong = "很".repeat(33);
        HttpResponse<String> response = admin.post("/workers",
                workerJson(tooLong, "12345", "12345", "510100", null));

        assertEquals(400, response.statusCode(), response.body());
        for (String field : new String[] {"name", "idNumber", "mobile"}) {
            assertTrue(response.body().contains("\"field\":\"" + field + "\""), field + " in " + response.body());
        }
        assertTrue(response.body().contains("手机号码格式不正确"), response.body());
    }

    @Test
    void validWorkerIsCreatedWith201AndOnlyTheMaskedIdIsReturned() throws Exception {
        String name = unique("张工");
        String id = idNumber();
        HttpResponse<String> created = admin.post("/workers", workerJson(name, id, "138 0013 8000", "510100", "高级工程师"));

        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("/api/v1/workers/" + idOf(created.body())), location);
        assertFalse(created.body().contains(id), "raw ID number must not be returned");
        assertTrue(created.body().contains(id.substring(0, 6) + "********" + id.substring(14)), created.body());
        assertTrue(created.body().contains("\"mobile\":\"13800138000\""), created.body());

        HttpResponse<String> read = admin.get("/workers/" + idOf(created.body()));
        assertEquals(200, read.statusCode());
        assertTrue(read.body().contains(name));
        assertEquals(1, totalOf(admin.get("/workers?name=" + enc(name) + "&city=510100").body()));

        HttpResponse<String> again = admin.post("/workers", workerJson(unique("重复"), id, null, "510100", null));
        assertEquals(409, again.statusCode(), "same ID number twice: " + again.body());
        assertTrue(again.body().contains("\"field\":\"idNumber\""), again.body());
    }

    @Test
    void refusedRequestLeavesNoTraceSoTheSameIdNumberCanBeUsedAfterwards() throws Exception {
        String id = idNumber();
        String name = unique("半存");
        HttpResponse<String> refused = admin.post("/workers", workerJson(name, id, "999", "510100", null));
        assertEquals(400, refused.statusCode(), refused.body());
        HttpResponse<String> unknownCity = admin.post("/workers", workerJson(name, id, null, "519900", null));
        assertEquals(400, unknownCity.statusCode(), unknownCity.body());
        assertTrue(unknownCity.body().contains("\"field\":\"cityCode\""), unknownCity.body());
        assertEquals(0, totalOf(admin.get("/workers?name=" + enc(name)).body()));

        HttpResponse<String> accepted = admin.post("/workers", workerJson(name, id, null, "510100", null));
        assertEquals(201, accepted.statusCode(), "the refused attempts must not have stored the ID: " + accepted.body());
    }

    @Test
    void creditCodesAreCheckedAndUnique() throws Exception {
        String code = MembershipFixtures.creditCode();
        String name = unique("四川大学科协");
        HttpResponse<String> first = admin.post("/organisations", organisationJson(name, code));
        assertEquals(201, first.statusCode(), first.body());

        HttpResponse<String> duplicate = admin.post("/organisations", organisationJson(name + "二", code));
        assertEquals(409, duplicate.statusCode(), duplicate.body());
        assertTrue(duplicate.body().contains("\"field\":\"creditCode\""), duplicate.body());
        assertTrue(duplicate.body().contains("已被其他单位使用"), duplicate.body());
        assertEquals(0, totalOf(admin.get("/organisations?name=" + enc(name + "二")).body()), "nothing half-saved");

        char check = code.charAt(17);
        String wrongCheck = code.substring(0, 17) + (check == '1' ? '2' : '1');
        HttpResponse<String> invalid = admin.post("/organisations", organisationJson(unique("校验位"), wrongCheck));
        assertEquals(400, invalid.statusCode(), invalid.body());
        assertTrue(invalid.body().contains("\"field\":\"creditCode\""), invalid.body());

        HttpResponse<String> tooLong = admin.post("/organisations", organisationJson("长".repeat(65), MembershipFixtures.creditCode()));
        assertEquals(400, tooLong.statusCode(), tooLong.body());
        assertTrue(tooLong.body().contains("\"field\":\"name\""), tooLong.body());

        long id = idOf(first.body());
        HttpResponse<String> renamed = admin.put("/organisations/" + id, organisationJson(name + "（更名）", code));
        assertEquals(200, renamed.statusCode(), "keeping its own code is no clash: " + renamed.body());
    }

    @Test
    void societiesCanBeCreatedListedAndRead() throws Exception {
        String code = "T" + System.nanoTime() % 10_000_000L;
        HttpResponse<String> created = admin.post("/societies",
                "{\"code\":\"" + code + "\",\"name\":\"四川省测试学会\",\"disciplineCode\":\"110\"}");
        assertEquals(201, created.statusCode(), created.body());
        HttpResponse<String> again = admin.post("/societies", "{\"code\":\"" + code + "\",\"name\":\"重复学会\"}");
        assertEquals(409, again.statusCode(), again.body());
        assertEquals(200, admin.get("/societies/" + idOf(created.body())).statusCode());
        assertTrue(admin.get("/societies?name=" + enc("四川省测试")).body().contains(code));
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
