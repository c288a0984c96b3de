package cn.scast.tianfu.it.portal;

import cn.scast.tianfu.it.support.ApiCalls;
import cn.scast.tianfu.it.support.Deployments;
import cn.scast.tianfu.it.support.Await;
import cn.scast.tianfu.it.support.PlatformTest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static cn.scast.tianfu.it.support.ApiCalls.idOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public portal without signing in: the home page with live figures, browsing and keyword search of published
 * 所能/所需 through the matching index, a listing page that never shows who published it or how to reach them, and
 * Chinese error pages for everything that does not exist.
 */
@PlatformTest
class PublicPortalIT {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final ApiCalls admin = ApiCalls.as("admin", "Tianfu@2026");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(PublicPortalIT.class);
    }

    @Test
    void theRootIsThePublicHomeWithLiveFiguresOnAPhoneSizedLayout() throws Exception {
        HttpResponse<String> root = get("/");
        for (int hop = 0; hop < 3 && root.statusCode() == 302
                && !root.headers().firstValue("Location").orElse("").endsWith("/public/index.xhtml"); hop++) {
            root = get(root.headers().firstValue("Location").orElseThrow().replaceFirst("^.*?/tfkjy", ""));
        }
        assertEquals(302, root.statusCode(), root.body());
        assertTrue(root.headers().firstValue("Location").orElse("").endsWith("/public/index.xhtml"), root.headers().toString());

        HttpResponse<String> page = get("/public/index.xhtml");
        assertEquals(200, page.statusCode());
        String body = page.body();
        assertTrue(body.contains("name=\"viewport\""), "responsive layout");
        assertTrue(body.contains("平台实时数据") && body.contains("科技供需交易额") && body.contains("亿元"), body);
        assertTrue(body.contains("/public/listing.xhtml?id="), "the newest listings are linked");
    }

    @Test
    void aKeywordSearchFindsAPublishedListingWhosePageHidesThePublisher() throws Exception {
        String marker = "全钒液流电池";
        String owner = "联系人王工13912345678";
        long published = idOf(created(admin.post("v1/listings", "{\"kind\":\"ACHIEVEMENT\",\"title\":\"" + marker
                + "储能电池电解液制备技术\",\"keywords\":\"" + marker + ";储能电池;电解液\",\"cityCode\":\"510400\","
                + "\"ownerName\":\"" + owner + "\",\"publish\":true}")));
        long draft = idOf(created(admin.post("v1/listings", "{\"kind\":\"ACHIEVEMENT\",\"title\":\"" + marker
                + "草稿成果\",\"keywords\":\"" + marker + "\",\"cityCode\":\"510400\",\"publish\":false}")));

        String search = "/public/listings.xhtml?side=SUPPLY&q=" + URLEncoder.encode(marker + " 电解液", StandardCharsets.UTF_8);
        try {
            Await.until("the search finds the new listing", Duration.ofSeconds(30),
                    () -> get(search).body().contains("listing.xhtml?id=" + published + "\""));
        } catch (AssertionError notFound) {
            throw new AssertionError(notFound.getMessage() + "; results: " + get(search).body(), notFound);
        }
        String results = get(search).body();
        assertTrue(results.contains("value=\"" + marker + " 电解液\""), "the Chinese query is read as UTF-8 and shown back");
        assertTrue(results.contains(marker + "储能电池电解液制备技术") && results.contains("攀枝花市"), results);
        assertFalse(results.contains("id=" + draft + "\""), "drafts are not public");
        assertFalse(results.contains(owner), "no publisher in the results");

        HttpResponse<String> page = get("/public/listing.xhtml?id=" + published);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(marker + "储能电池电解液制备技术") && page.body().contains("登录后可申请"), page.body());
        assertFalse(page.body().contains(owner) || page.body().contains("13912345678"), "no contact details on the page");

        HttpResponse<String> demands = get("/public/listings.xhtml?side=DEMAND&q=" + URLEncoder.encode(marker, StandardCharsets.UTF_8));
        assertFalse(demands.body().contains("id=" + published + "\""), "a supply is not listed among demands");
    }

    @Test
    void whatIsNotPublicIsAChinese404AndNothingIsEchoedUnescaped() throws Exception {
        long draft = idOf(created(admin.post("v1/listings", "{\"kind\":\"REQUIREMENT\",\"title\":\"未发布的需求"
                + UUID.randomUUID().toString().substring(0, 4) + "\",\"cityCode\":\"510100\",\"publish\":false}")));
        for (String path : List.of("/public/listing.xhtml?id=" + draft, "/public/listing.xhtml?id=987654321987",
                "/public/listing.xhtml?id=abc", "/public/listing.xhtml", "/public/no-such-page.xhtml",
                "/public/exhibit.xhtml?code=NO-SUCH", "/public/exhibit.xhtml",
                "/public/popscience-question.xhtml?id=987654321987", "/public/popscience-question.xhtml?id=abc",
                "/public/volunteer-team.xhtml?id=abc",
                "/public/volunteer-team.xhtml?id=987654321987", "/public/volunteer-activity.xhtml?id=987654321987",
                "/public/volunteer-activity.xhtml")) {
            HttpResponse<String> missing = get(path);
            assertEquals(404, missing.statusCode(), path);
            assertTrue(missing.body().contains("天府科技云") && missing.body().contains("不存在"), path + ": " + missing.body());
            assertFalse(missing.body().contains("Payara") || missing.body().contains("Exception"), path);
        }
        String hostile = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>";
        for (String path : List.of("/public/listings.xhtml?q=" + URLEncoder.encode(hostile, StandardCharsets.UTF_8),
                "/public/listings.xhtml?side=%3Cb%3E&city=%22%3E%3Cscript%3E&q=" + "长".repeat(500))) {
            HttpResponse<String> page = get(path);
            assertEquals(200, page.statusCode(), path);
            assertFalse(page.body().contains("<script>alert") || page.body().contains("<img src=x"), page.body());
        }
    }

    @Test
    void theShowcasesAndEveryPublicAddressAnswerAnonymousVisitorsInChinese() throws Exception {
        String station = "院士（专家）工作站" + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> registered = admin.post("v1/workstations", "{\"name\":\"" + station + "\",\"hostUnit\":"
                + "\"绵阳某研究院\",\"cityCode\":\"510700\",\"establishedYear\":2021,\"experts\":\"张院士\"}");
        assertEquals(201, registered.statusCode(), registered.body());
        String stations = get("/public/workstations.xhtml").body();
        assertTrue(stations.contains(station) && stations.contains("绵阳某研究院") && stations.contains("绵阳市"), stations);

        for (String path : List.of("/public/index.xhtml", "/public/listings.xhtml", "/public/listings.xhtml?side=DEMAND",
                "/public/fair.xhtml", "/public/fair.xhtml?year=abc&type=%3Cx%3E", "/public/fair.xhtml?year=2025&type=CHALLENGE",
                "/public/workstations.xhtml", "/public/notices.xhtml", "/public/notice.xhtml", "/public/results.xhtml",
                "/public/exhibition.xhtml", "/public/exhibition.xhtml?c=MOST_BEAUTIFUL", "/public/exhibition.xhtml?c=%3Cx%3E",
                "/public/popscience-subscribe.xhtml", "/public/popscience-confirm.xhtml",
                "/public/popscience-confirm.xhtml?token=%3Cx%3E", "/public/popscience-subscription.xhtml?token=nosuch",
                "/public/popscience-questions.xhtml", "/public/popscience-questions.xhtml?topic=%3Cx%3E&city=abc&page=x",
                "/public/popscience-questions.xhtml?topic=HEALTH&city=510100&page=2",
                "/public/volunteering.xhtml", "/public/volunteering.xhtml?city=510100", "/public/volunteering.xhtml?city=%3Cx%3E")) {
            HttpResponse<String> page = get(path);
            assertEquals(200, page.statusCode(), path + ": " + page.body());
            assertTrue(page.body().contains("天府科技云"), path);
            assertFalse(page.body().contains("Exception") || page.body().contains("Payara"), path);
        }
    }

    /**
     * The pages an anonymous visitor only reads are stateless views: they open no HTTP session, which on the scaled-out
     * portal would be written to the cluster's session store for every visitor and kept for an hour.
     */
    @Test
    void readingPublicPagesOpensNoSession() throws Exception {
        for (String path : List.of("/public/index.xhtml", "/public/listings.xhtml?q=" + URLEncoder.encode("材料",
                        StandardCharsets.UTF_8), "/public/fair.xhtml", "/public/workstations.xhtml", "/public/notices.xhtml",
                "/public/results.xhtml", "/public/exhibition.xhtml", "/public/popscience.xhtml",
                "/public/popscience-questions.xhtml", "/public/popscience-volunteers.xhtml", "/public/volunteering.xhtml")) {
            HttpResponse<String> page = get(path);
            assertEquals(200, page.statusCode(), path);
            List<String> cookies = page.headers().allValues("Set-Cookie");
            assertTrue(cookies.stream().noneMatch(cookie -> cookie.startsWith("JSESSIONID")),
                    path + " opened a session: " + cookies);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(Deployments.BASE_URL + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String created(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response.body());
        return response.body();
    }
}
