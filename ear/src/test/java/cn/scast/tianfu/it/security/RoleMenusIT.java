package cn.scast.tianfu.it.security;

import cn.scast.tianfu.it.support.ApiCalls;
import cn.scast.tianfu.it.support.Deployments;
import cn.scast.tianfu.it.support.Await;
import cn.scast.tianfu.it.support.PlatformTest;
import cn.scast.tianfu.it.support.SignedInPages;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each role sees only its own menu and lands on its own first page; a page outside the role is a Chinese 403 page,
 * never the server's English error.
 */
@PlatformTest
class RoleMenusIT {

    private static final List<String> ALL_MENUS = List.of("menuDashboard", "menuMembership", "menuListings",
            "menuConcierge", "menuFair", "menuWorkstation", "menuEvaluation", "menuAwards", "menuContests",
            "menuPopScience", "menuVolunteering", "menuImports", "menuApplications", "menuLoginBlocks");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(RoleMenusIT.class);
    }

    @Test
    void aJurorSeesOnlyTheEvaluationAndIsRefusedTheRestInChinese() throws Exception {
        SignedInPages juror = SignedInPages.signIn("juror1", "Tianfu@2026");

        HttpResponse<String> home = juror.get("/");
        assertEquals("/admin/evaluation/index.xhtml", landing(juror, home));
        HttpResponse<String> evaluation = juror.get("/admin/evaluation/index.xhtml");
        assertEquals(200, evaluation.statusCode());
        assertEquals(List.of("menuEvaluation"), menusOf(evaluation.body()));

        for (String page : List.of("/admin/dashboard.xhtml", "/admin/membership/index.xhtml", "/admin/concierge/index.xhtml",
                "/admin/fair/index.xhtml", "/admin/listing/index.xhtml", "/admin/imports/index.xhtml",
                "/admin/security/login-blocks.xhtml")) {
            HttpResponse<String> refused = juror.get(page);
            assertEquals(403, refused.statusCode(), page);
            assertChinese403(refused, page);
        }
    }

    @Test
    void cityStaffSeeTheirWorkAndNotTheProvinceOfficesAreas() throws Exception {
        ApiCalls admin = ApiCalls.as("admin", "Tianfu@2026");
        Await.until("city associations", Duration.ofMinutes(2),
                () -> admin.get("v1/city-associations").body().contains("\"cityCode\":\"510300\""));
        String username = "menu" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = admin.post("v1/staff", "{\"username\":\"" + username + "\",\"displayName\":\"自贡保姆\","
                + "\"cityAssociationId\":" + associationOf(admin, "510300") + ",\"initialPassword\":\"Staff2026pw\"}");
        assertEquals(201, created.statusCode(), created.body());
        SignedInPages staff = SignedInPages.signIn(username, "Staff2026pw");

        assertEquals("/admin/dashboard.xhtml", landing(staff, staff.get("/")));
        String dashboard = staff.get("/admin/dashboard.xhtml").body();
        assertTrue(dashboard.contains(">自贡市</td>"), "their own city's figures");
        assertFalse(dashboard.contains(">成都市</td>") || dashboard.contains(">绵阳市</td>"), "no other city's figures");
        HttpResponse<String> concierge = staff.get("/admin/concierge/index.xhtml");
        assertEquals(200, concierge.statusCode());
        assertEquals(List.of("menuDashboard", "menuMembership", "menuListings", "menuConcierge", "menuFair",
                "menuWorkstation", "menuContests", "menuPopScience", "menuVolunteering", "menuImports", "menuApplications"),
                menusOf(concierge.body()));
        for (String page : List.of("/admin/evaluation/programmes.xhtml", "/admin/award/nominations.xhtml",
                "/admin/security/login-blocks.xhtml")) {
            assertChinese403(staff.get(page), page);
        }
    }

    @Test
    void theAdministratorSeesEveryMenu() throws Exception {
        SignedInPages admin = SignedInPages.signIn("admin", "Tianfu@2026");
        assertEquals("/admin/dashboard.xhtml", landing(admin, admin.get("/")));
        String dashboard = admin.get("/admin/dashboard.xhtml").body();
        assertTrue(dashboard.contains(">自贡市</td>") && dashboard.contains(">成都市</td>"), "every city's figures");
        String listings = admin.get("/admin/listing/index.xhtml").body();
        assertEquals(ALL_MENUS, menusOf(listings));
        assertFalse(Pattern.compile("<td[^>]*>51\\d{4}</td>").matcher(listings).find(), "city codes in the table");
        assertTrue(Pattern.compile("<td[^>]*>[^<]{1,8}[市州]</td>").matcher(listings).find(), "city names in the table");
    }

    @Test
    void anAnonymousVisitorAtTheRootIsSentToThePublicPortal() throws Exception {
        HttpResponse<String> root = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(Deployments.BASE_URL + "/home")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, root.statusCode());
        assertEquals("/public/index.xhtml", SignedInPages.redirectTarget(root));
    }

    // ---- helpers ----

    /** Follows the root's redirects (the welcome page, then the role's home) to the page a role lands on. */
    private static String landing(SignedInPages pages, HttpResponse<String> response) throws Exception {
        for (int hop = 0; hop < 5 && response.statusCode() / 100 == 3; hop++) {
            String target = SignedInPages.redirectTarget(response);
            if (target.endsWith(".xhtml")) {
                return target;
            }
            response = pages.get(target);
        }
        throw new AssertionError("no landing page: " + response.statusCode() + " " + response.uri());
    }

    private static List<String> menusOf(String page) {
        Matcher m = Pattern.compile("id=\"menuForm:(menu[A-Za-z]+)\"").matcher(page);
        java.util.ArrayList<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            if (!found.contains(m.group(1))) {
                found.add(m.group(1));
            }
        }
        return found;
    }

    private static void assertChinese403(HttpResponse<String> response, String page) {
        assertEquals(403, response.statusCode(), page);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), page);
        assertTrue(response.body().contains("无权"), page + ": " + response.body());
        assertFalse(response.body().contains("Payara") || response.body().contains("Exception"), page);
    }

    private static long associationOf(ApiCalls admin, String cityCode) throws Exception {
        for (jakarta.json.JsonValue item : jakarta.json.Json.createReader(
                new java.io.StringReader(admin.get("v1/city-associations").body())).readArray()) {
            if (cityCode.equals(item.asJsonObject().getString("cityCode"))) {
                return item.asJsonObject().getJsonNumber("id").longValue();
            }
        }
        throw new AssertionError("no association for " + cityCode);
    }
}
