package cn.scast.tianfu.it.membership;

import cn.scast.tianfu.it.support.ApiCalls;
import cn.scast.tianfu.it.support.Await;
import cn.scast.tianfu.it.support.ClientTest;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cn.scast.tianfu.it.membership.MembershipFixtures.*;
import static cn.scast.tianfu.it.support.ApiCalls.idOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The REST API of journals, staff, city associations and organisation memberships, keyset paging of
 * workers and the Excel export, all with HTTP Basic from outside.
 */
@ClientTest
class MembershipRecordsApiIT {

    private final ApiCalls admin = MembershipFixtures.admin();

    @Test
    void journalsCheckTheIssnAndKeepCodeAndIssnUnique() throws Exception {
        String code = "J" + System.nanoTime() % 1_000_000_000L;
        String issn = issn();
        HttpResponse<String> created = admin.post("/journals", journal(code, "四川测试学报", issn));
        assertEquals(201, created.statusCode(), created.body());

        String wrongCheck = issn.substring(0, 8) + (issn.charAt(8) == '1' ? '2' : '1');
        HttpResponse<String> invalid = admin.post("/journals", journal("J" + (System.nanoTime() % 1_000_000_000L), "校验位错误", wrongCheck));
        assertEquals(400, invalid.statusCode(), invalid.body());
        assertTrue(invalid.body().contains("\"field\":\"issn\"") && invalid.body().contains("ISSN"), invalid.body());

        HttpResponse<String> badFields = admin.post("/journals", "{\"code\":\"j-1\",\"name\":\"" + "长".repeat(65)
                + "\",\"cn\":\"5113/TP\"}");
        assertEquals(400, badFields.statusCode(), badFields.body());
        for (String field : new String[] {"code", "name", "cn"}) {
            assertTrue(badFields.body().contains("\"field\":\"" + field + "\""), field + " in " + badFields.body());
        }

        HttpResponse<String> sameIssn = admin.post("/journals", journal("J" + (System.nanoTime() % 1_000_000_000L), "同刊号", issn));
        assertEquals(409, sameIssn.statusCode(), sameIssn.body());
        assertTrue(sameIssn.body().contains("\"field\":\"issn\""), sameIssn.body());
        HttpResponse<String> sameCode = admin.post("/journals", journal(code, "同代码", null));
        assertEquals(409, sameCode.statusCode(), sameCode.body());
        assertEquals(0, totalOf(admin.get("/journals?name=" + enc("同刊号")).body()), "nothing half-saved");

        long id = idOf(created.body());
        HttpResponse<String> renamed = admin.put("/journals/" + id, journal(code, "四川测试学报（更名）", issn));
        assertEquals(200, renamed.statusCode(), "its own ISSN is no clash: " + renamed.body());
        assertEquals(404, admin.get("/journals/999999999").statusCode());
    }

    @Test
    void staffAreRegisteredWithALoginThatWorks() throws Exception {
        long association = associationId(admin, "510100");
        String username = unique("bm").toLowerCase();

        HttpResponse<String> weak = admin.post("/staff", staff(username, association, "short"));
        assertEquals(400, weak.statusCode(), weak.body());
        assertTrue(weak.body().contains("\"field\":\"initialPassword\""), weak.body());
        HttpResponse<String> noPassword = admin.post("/staff", staff(username, association, null));
        assertEquals(400, noPassword.statusCode(), "a new login needs a password: " + noPassword.body());
        HttpResponse<String> unknown = admin.post("/staff", staff(username, 999999999L, "Staff2026pw"));
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("\"field\":\"cityAssociationId\""), unknown.body());
        assertEquals(401, MembershipFixtures.as(username, "Staff2026pw").get("/staff").statusCode(), "no login was half-created");

        HttpResponse<String> created = admin.post("/staff", staff(username, association, "Staff2026pw"));
        assertEquals(201, created.statusCode(), created.body());
        assertFalse(created.body().contains("Staff2026pw"));
        assertEquals(409, admin.post("/staff", staff(username, association, "Staff2026pw")).statusCode());

        ApiCalls self = MembershipFixtures.as(username, "Staff2026pw");
        assertEquals(200, self.get("/staff?city=510100").statusCode(), "the new login signs in as city staff");
        assertEquals(403, self.post("/staff", staff(unique("x").toLowerCase(), association, "Staff2026pw")).statusCode());

        long other = associationId(admin, "510300");
        HttpResponse<String> moved = admin.put("/staff/" + idOf(created.body()),
                "{\"displayName\":\"调任保姆\",\"cityAssociationId\":" + other + "}");
        assertEquals(200, moved.statusCode(), moved.body());
        assertTrue(moved.body().contains("\"cityCode\":\"510300\"") && moved.body().contains(username), moved.body());
    }

    @Test
    void cityAssociationsAreListedWithCountiesAndOnlyContactFieldsChange() throws Exception {
        String list = admin.get("/city-associations").body();
        assertTrue(list.contains("成都市科学技术协会"), list);
        long chengdu = associationId(admin, "510100");
        // counties follow the cities in the seed job
        String counties = Await.value("Chengdu's counties seeded", Duration.ofSeconds(60),
                () -> admin.get("/city-associations/" + chengdu + "/counties").body(), body -> body.contains("锦江区"));
        assertTrue(counties.contains("锦江区"), counties);

        // each class edits a seeded association of its own: the screen test edits 成都's, the service test 绵阳's
        long zigong = associationId(admin, "510300");
        HttpResponse<String> invalid = admin.put("/city-associations/" + zigong + "/contact",
                "{\"contactPhone\":\"12345\",\"email\":\"not-mail\",\"address\":\"" + "址".repeat(129) + "\"}");
        assertEquals(400, invalid.statusCode(), invalid.body());
        for (String field : new String[] {"contactPhone", "email", "address"}) {
            assertTrue(invalid.body().contains("\"field\":\"" + field + "\""), field + " in " + invalid.body());
        }
        HttpResponse<String> saved = admin.put("/city-associations/" + zigong + "/contact",
                "{\"contactPerson\":\"王主任\",\"contactPhone\":\"0813-8212345\",\"email\":\"kx@zigong.example\","
                        + "\"address\":\"自贡市自流井区\"}");
        assertEquals(200, saved.statusCode(), saved.body());
        assertTrue(admin.get("/city-associations/" + zigong).body().contains("0813-8212345"));
    }

    @Test
    void organisationMembershipsFollowTheStatusRules() throws Exception {
        HttpResponse<String> organisation = admin.post("/organisations", organisationJson(unique("团体会员单位"), creditCode()));
        assertEquals(201, organisation.statusCode(), organisation.body());
        HttpResponse<String> society = admin.post("/societies", "{\"code\":\"S" + System.nanoTime() % 10_000_000L
                + "\",\"name\":\"" + unique("团体测试学会") + "\"}");
        assertEquals(201, society.statusCode(), society.body());
        String form = "{\"organisationId\":" + idOf(organisation.body()) + ",\"societyId\":" + idOf(society.body()) + "}";

        HttpResponse<String> applied = admin.post("/organisation-memberships", form);
        assertEquals(201, applied.statusCode(), applied.body());
        assertTrue(applied.body().contains("\"status\":\"PENDING\""), applied.body());
        long id = idOf(applied.body());
        assertEquals(409, admin.post("/organisation-memberships", form).statusCode(), "one membership per pair");
        HttpResponse<String> missing = admin.post("/organisation-memberships", "{\"societyId\":999999999}");
        assertEquals(400, missing.statusCode(), missing.body());
        assertTrue(missing.body().contains("\"field\":\"organisationId\"") && missing.body().contains("\"field\":\"societyId\""));

        assertEquals(409, admin.post("/organisation-memberships/" + id + "/renewal?paidUntil=2030-01-01", null).statusCode(),
                "a pending membership is not renewed");
        assertEquals(400, admin.post("/organisation-memberships/" + id + "/approval", null).statusCode(), "needs a date");
        HttpResponse<String> approved = admin.post("/organisation-memberships/" + id + "/approval?paidUntil="
                + LocalDate.now().plusYears(1), null);
        assertEquals(200, approved.statusCode(), approved.body());
        assertTrue(approved.body().contains("\"status\":\"CURRENT\""), approved.body());
        HttpResponse<String> lapsed = admin.post("/organisation-memberships/" + id + "/renewal?paidUntil="
                + LocalDate.now().minusDays(10), null);
        assertTrue(lapsed.body().contains("\"status\":\"GRACE\""), "paid until 10 days ago: grace " + lapsed.body());
        assertTrue(admin.post("/organisation-memberships/" + id + "/cancellation", null).body().contains("CANCELLED"));
        assertEquals(409, admin.post("/organisation-memberships/" + id + "/renewal?paidUntil=2030-01-01", null).statusCode());

        String listed = admin.get("/organisation-memberships?society=" + idOf(society.body())).body();
        assertEquals(1, totalOf(listed), listed);
        assertEquals(401, MembershipFixtures.anonymous().get("/organisation-memberships").statusCode());
    }

    @Test
    void workerPagesSeekBehindTheLastRowAndCountOnlyWhenAsked() throws Exception {
        String prefix = unique("翻页");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> created = admin.post("/workers", workerJson(prefix + i, idNumber(), null, "510100", null));
            assertEquals(201, created.statusCode(), created.body());
            ids.add(idOf(created.body()));
        }
        String first = admin.get("/workers?name=" + enc(prefix) + "&limit=2").body();
        assertEquals(5, totalOf(first));
        long next = numberAfter(first, "next");
        assertEquals(ids.get(1), next, first);

        String second = admin.get("/workers?name=" + enc(prefix) + "&limit=2&after=" + next + "&total=false").body();
        assertTrue(second.contains(prefix + "2") && second.contains(prefix + "3") && !second.contains(prefix + "1\""), second);
        assertEquals(-1, numberAfter(second, "total"), "not counted when asked not to");
        String last = admin.get("/workers?name=" + enc(prefix) + "&limit=2&after=" + numberAfter(second, "next")).body();
        assertTrue(last.contains(prefix + "4") && !last.contains("\"next\""), "last page has no next: " + last);

        String fromEnd = admin.get("/workers?name=" + enc(prefix) + "&limit=2&fromEnd=true").body();
        assertTrue(fromEnd.contains(prefix + "3") && fromEnd.contains(prefix + "4") && !fromEnd.contains(prefix + "2"), fromEnd);
        assertTrue(fromEnd.indexOf(prefix + "3") < fromEnd.indexOf(prefix + "4"), "ascending order: " + fromEnd);

        HttpResponse<String> unknown = admin.get("/workers?after=999999999");
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("\"field\":\"after\""), unknown.body());
    }

    @Test
    void theExcelExportHoldsTheWholeFilteredResult() throws Exception {
        String prefix = unique("导出");
        for (int i = 0; i < 3; i++) {
            assertEquals(201, admin.post("/workers", workerJson(prefix + i, idNumber(), "1380013800" + i, "510100", "研究员"))
                    .statusCode());
        }
        HttpResponse<byte[]> file = admin.download("/workers/export?name=" + enc(prefix));
        assertEquals(200, file.statusCode(), new String(file.body()));
        assertTrue(file.headers().firstValue("Content-Type").orElse("").startsWith("application/vnd.openxmlformats"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("姓名", sheet.getRow(0).getCell(1).getStringCellValue());
            assertEquals(3, sheet.getLastRowNum(), "header and three workers");
            for (int i = 1; i <= 3; i++) {
                assertEquals(prefix + (i - 1), sheet.getRow(i).getCell(1).getStringCellValue());
                assertEquals("成都市", sheet.getRow(i).getCell(5).getStringCellValue());
                assertEquals("1380013800" + (i - 1), sheet.getRow(i).getCell(3).getStringCellValue());
            }
        }
        assertEquals(401, MembershipFixtures.anonymous().download("/workers/export").statusCode());

        String org = unique("导出单位");
        for (int i = 0; i < 2; i++) {
            assertEquals(201, admin.post("/organisations", organisationJson(org + i, creditCode())).statusCode());
        }
        HttpResponse<byte[]> organisations = admin.download("/organisations/export?name=" + enc(org));
        assertEquals(200, organisations.statusCode(), new String(organisations.body()));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(organisations.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(2, sheet.getLastRowNum());
            assertEquals(org + "1", sheet.getRow(2).getCell(1).getStringCellValue());
            assertEquals("高校科协", sheet.getRow(2).getCell(2).getStringCellValue());
        }
    }

    // ---- fixtures ----

    private static long numberAfter(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\"\\s*:\\s*(-?\\d+)").matcher(json);
        assertTrue(m.find(), key + " in " + json);
        return Long.parseLong(m.group(1));
    }

    /** A random ISSN with the right check character. */
    static String issn() {
        String seven = String.format("%07d", (System.nanoTime() / 1000) % 10_000_000L);
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (seven.charAt(i) - '0') * (8 - i);
        }
        int check = (11 - sum % 11) % 11;
        return seven.substring(0, 4) + "-" + seven.substring(4) + (check == 10 ? 'X' : (char) ('0' + check));
    }

    private static String journal(String code, String name, String issn) {
        return "{\"code\":\"" + code + "\",\"name\":\"" + name + "\"" + (issn == null ? "" : ",\"issn\":\"" + issn + "\"") + "}";
    }

    private static String staff(String username, long association, String password) {
        return "{\"username\":\"" + username + "\",\"displayName\":\"科服保姆\",\"cityAssociationId\":" + association
                + (password == null ? "" : ",\"initialPassword\":\"" + password + "\"") + "}";
    }

}
