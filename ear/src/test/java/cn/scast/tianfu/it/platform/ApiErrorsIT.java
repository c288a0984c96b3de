package cn.scast.tianfu.it.platform;

import cn.scast.tianfu.it.support.ClientTest;
import cn.scast.tianfu.it.support.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Errors as a careless or hostile caller meets them: every API error is problem+json with a Chinese message,
 * every page error a Chinese page; security headers, the session cookie, the health answer for strangers,
 * and the public lists read anonymously on a connection shared with signed-in and refused callers.
 */
@ClientTest
class ApiErrorsIT {

    private static final String API = Deployments.BASE_URL + "/api/";
    private static final String ADMIN = basic("admin", "Tianfu@2026");
    /** An unknown account: wrong passwords for a real one would lock it for the other tests. */
    private static final String WRONG_PASSWORD = basic("no-such-user", "not-the-password");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    // --- unreadable bodies ---

    @Test
    void malformedJsonIsA400Problem() throws Exception {
        for (String path : new String[]{"v1/listings", "v1/workers"}) {
            assertUnreadable(post(path, "{\"title\": \"未闭合", "application/json"), null);
            assertUnreadable(post(path, "{\"title\" \"缺少冒号\"}", "application/json"), null);
        }
    }

    @Test
    void anArrayWhereAnObjectIsExpectedIsA400Problem() throws Exception {
        for (String path : new String[]{"v1/listings", "v1/workers"}) {
            assertUnreadable(post(path, "[{\"title\":\"数组\"}]", "application/json"), null);
        }
    }

    @Test
    void aWronglyTypedFieldIsNamed() throws Exception {
        assertUnreadable(post("v1/listings", "{\"side\":\"DEMAND\",\"amountWanYuan\":\"abc\"}", "application/json"),
                "amountWanYuan");
        assertUnreadable(post("v1/workers", "{\"name\":\"张三\",\"organisationId\":\"abc\"}", "application/json"),
                "organisationId");
    }

    @Test
    void deeplyNestedJsonIsRefusedQuickly() throws Exception {
        String arrays = "[".repeat(10_000) + "]".repeat(10_000);
        String objects = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
        for (String path : new String[]{"v1/listings", "v1/workers"}) {
            for (String nested : new String[]{arrays, "{\"unknown\":" + arrays + "}", objects, "{\"title\":" + objects + "}"}) {
                long started = System.nanoTime();
                assertUnreadable(post(path, nested, "application/json"), null);
                assertTrue(System.nanoTime() - started < 5_000_000_000L, "answered within 5 s");
            }
        }
    }

    // --- ids, paths, methods, media types ---

    @Test
    void unknownIdsAndPathsAre404Problems() throws Exception {
        for (String path : new String[]{"v1/workers/abc", "v1/workers/987654321", "v1/listings/abc",
                "v1/no-such-resource", "no-such-path/at/all"}) {
            HttpResponse<String> response = send(request(path).header("Authorization", ADMIN).GET());
            assertProblem(response, 404);
        }
        assertProblem(send(request("v1/no-such-resource").GET()), 404);
    }

    @Test
    void theApiDoesNotDescribeItselfInWadlNorNameItsFramework() throws Exception {
        // The API's description is the OpenAPI document at /openapi; Jersey's generated WADL listed every resource
        // to anyone and named Jersey and its version.
        assertProblem(send(request("application.wadl").GET()), 404);
        HttpResponse<String> options = send(request("v1/listings").method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertFalse(options.body().contains("wadl") || options.body().contains("Jersey"), abbreviate(options.body()));
        assertTrue(options.headers().firstValue("Allow").orElse("").contains("GET"), options.headers().toString());
    }

    @Test
    void aWrongMethodIsA405Problem() throws Exception {
        HttpResponse<String> response = send(request("health").header("Authorization", ADMIN).DELETE());

        assertProblem(response, 405);
        assertTrue(response.headers().firstValue("Allow").orElse("").contains("GET"), response.headers().toString());
    }

    @Test
    void anUnacceptableResultTypeIsA406Problem() throws Exception {
        HttpResponse<String> response = send(request("v1/listings").header("Authorization", ADMIN)
                .header("Accept", "application/xml").GET());

        assertProblem(response, 406);
    }

    @Test
    void wrongMediaTypesAre415Problems() throws Exception {
        for (String path : new String[]{"v1/listings", "v1/workers"}) {
            assertProblem(post(path, "title=纯文本", "text/plain; charset=UTF-8"), 415);
            assertProblem(post(path, "<listing><title>XML</title></listing>", "application/xml"), 415);
        }
    }

    @Test
    void anAnonymousCallOfAProtectedResourceIsA401ProblemWithItsChallenge() throws Exception {
        HttpResponse<String> response = send(request("v1/workers").GET());

        assertProblem(response, 401);
        assertEquals(1, response.headers().allValues("WWW-Authenticate").size(), response.headers().toString());
    }

    @Test
    void aWrongPasswordIsA401Problem() throws Exception {
        HttpResponse<String> response = send(request("v1/listings").header("Authorization", WRONG_PASSWORD).GET());

        assertProblem(response, 401);
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    }

    // --- headers, cookie, session in the URL, health ---

    @Test
    void pagesAndApiAnswersCarrySecurityHeaders() throws Exception {
        for (HttpResponse<String> response : List.of(page("/login.xhtml"), send(request("health").GET()),
                send(request("v1/no-such-resource").GET()))) {
            Map<String, List<String>> headers = response.headers().map();
            String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("frame-ancestors 'self'") && csp.contains("object-src 'none'")
                    && csp.contains("base-uri 'self'"), response.uri() + ": " + headers);
            assertEquals("SAMEORIGIN", response.headers().firstValue("X-Frame-Options").orElse(""), response.uri() + "");
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), response.uri() + "");
            assertEquals("strict-origin-when-cross-origin", response.headers().firstValue("Referrer-Policy").orElse(""),
                    response.uri() + "");
        }
    }

    @Test
    void theSessionCookieIsSameSiteLax() throws Exception {
        HttpResponse<String> response = page("/login.xhtml");

        String cookie = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElse("");
        assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax") && cookie.contains("HttpOnly"), response.headers().toString());
    }

    @Test
    void aSessionIdInTheUrlIsRefused() throws Exception {
        String session = sessionOf(page("/login.xhtml"));

        HttpResponse<String> onPage = page("/login.xhtml;jsessionid=" + session);
        assertEquals(400, onPage.statusCode(), onPage.body());
        assertTrue(onPage.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(onPage.body().contains("会话编号不能出现在网址中"), onPage.body());
        assertFalse(onPage.headers().firstValue("Set-Cookie").orElse("").contains(session));

        assertProblem(send(request("health;jsessionid=" + session).GET()), 400);
    }

    @Test
    void aCallSignedWithBasicLeavesNoSessionThatLetsTheNextCallIn() throws Exception {
        HttpResponse<String> signed = send(request("v1/listings?limit=1").header("Authorization", ADMIN).GET());
        assertEquals(200, signed.statusCode(), signed.body());
        String cookie = signed.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).findFirst().orElse(null);

        if (cookie != null) {
            // the cookie of a Basic call is no sign-in: without the password the same call is refused
            assertProblem(send(request("v1/listings?limit=1").header("Cookie", cookie).GET()), 401);
        }
        assertProblem(send(request("v1/listings?limit=1").GET()), 401);
    }

    @Test
    void healthTellsStrangersOnlyUpOrDown() throws Exception {
        HttpResponse<String> anonymous = send(request("health").GET());
        HttpResponse<String> admin = send(request("health").header("Authorization", ADMIN).GET());

        assertEquals(200, anonymous.statusCode(), anonymous.body());
        assertEquals("{\"status\":\"UP\"}", anonymous.body());
        assertEquals(200, admin.statusCode(), admin.body());
        assertTrue(admin.body().contains("MariaDB 11.4"), admin.body());
    }

    // --- pages ---

    @Test
    void anUnknownPageIsAChinese404Page() throws Exception {
        for (String path : new String[]{"/no-such-page.xhtml", "/no-such-file.txt"}) {
            HttpResponse<String> response = page(path);
            assertEquals(404, response.statusCode(), path + ": " + response.body());
            assertChinesePage(response, "页面不存在");
        }
    }

    @Test
    void aJurorOpeningAnAdminOnlyScreenGetsAChinese403Page() throws Exception {
        HttpClient juror = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        signIn(juror, "juror1", "Tianfu@2026");

        HttpResponse<String> response = juror.send(HttpRequest.newBuilder(
                        URI.create(Deployments.BASE_URL + "/admin/membership/journals.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertEquals(403, response.statusCode(), response.body());
        assertChinesePage(response, "无权");
    }

    // --- public lists on a shared connection ---

    @Test
    void publicListsAnswerAnonymousCallersOnAConnectionSharedWithOthers() throws Exception {
        for (HttpClient shared : List.of(http, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build())) {
            List<String> failures = new ArrayList<>();
            long edition = votingEdition();
            String[] lists = {"v1/contests/editions", "v1/awards/editions", "v1/contests/rural-talents?city=510100",
                    "v1/contests/editions/" + edition + "/votes", "v1/contests/editions/" + edition + "/popular-award"};
            for (int round = 0; round < 12; round++) {
                for (String list : lists) {
                    expect(failures, shared, request(list).header("Authorization", WRONG_PASSWORD).GET(), 401);
                    expect(failures, shared, request(list).GET(), 200);
                    expect(failures, shared, request("v1/listings").GET(), 401);
                    expect(failures, shared, request(list).GET(), 200);
                    expect(failures, shared, request(list).header("Authorization", ADMIN).GET(), 200);
                    expect(failures, shared, request("v1/listings").header("Authorization", WRONG_PASSWORD)
                            .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json"), 401);
                    expect(failures, shared, request(list).GET(), 200);
                }
            }
            assertTrue(failures.isEmpty(), shared.version() + ": " + failures.size() + " failures, first: "
                    + failures.subList(0, Math.min(5, failures.size())));
        }
    }

    /** As an anonymous visitor's first call: a new client each time (a new connection, offering h2c upgrade). */
    @Test
    void publicListsAnswerFreshAnonymousClientsBetweenRefusedCalls() throws Exception {
        List<String> failures = new ArrayList<>();
        long edition = votingEdition();
        for (int round = 0; round < 20; round++) {
            for (String list : new String[]{"v1/contests/editions", "v1/awards/editions",
                    "v1/contests/editions/" + edition + "/votes"}) {
                expect(failures, http, request(list).header("Authorization", WRONG_PASSWORD).GET(), 401);
                expect(failures, HttpClient.newHttpClient(), request(list).GET(), 200);
                expect(failures, http, request("v1/listings").GET(), 401);
                expect(failures, HttpClient.newHttpClient(), request(list).GET(), 200);
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " failures, first: " + failures.subList(0, Math.min(5, failures.size())));
    }

    /** A contest edition with the popular vote, from the edition list as the admin reads it. */
    private long votingEdition() throws IOException, InterruptedException {
        HttpResponse<String> editions = send(request("v1/contests/editions").header("Authorization", ADMIN).GET());
        assertEquals(200, editions.statusCode(), editions.body());
        try (JsonReader reader = Json.createReader(new StringReader(editions.body()))) {
            return reader.readArray().stream().map(JsonObject.class::cast)
                    .filter(e -> e.getBoolean("popularVote", false))
                    .mapToLong(e -> e.getJsonNumber("editionId").longValue())
                    .findFirst().orElseThrow(() -> new AssertionError("no edition with a popular vote: " + editions.body()));
        }
    }

    private static void expect(List<String> failures, HttpClient client, HttpRequest.Builder request, int status)
            throws IOException, InterruptedException {
        HttpRequest built = request.build();
        HttpResponse<String> response = client.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String type = response.headers().firstValue("Content-Type").orElse("");
        boolean json = status == 200 ? type.startsWith("application/json") : type.startsWith("application/problem+json");
        if (response.statusCode() != status || !json) {
            failures.add(built.method() + " " + built.uri() + " " + built.headers().firstValue("Authorization").map(a ->
                    a.equals(ADMIN) ? "admin" : "wrong password").orElse("anonymous") + " -> " + response.statusCode()
                    + " " + type + " " + abbreviate(response.body()));
        }
    }

    // --- helpers ---

    private void assertUnreadable(HttpResponse<String> response, String field) {
        JsonObject problem = assertProblem(response, 400);
        if (field != null) {
            assertTrue(problem.getString("detail").contains(field), problem.toString());
            assertEquals(field, problem.getJsonArray("errors").getJsonObject(0).getString("field"), problem.toString());
        }
    }

    private static JsonObject assertProblem(HttpResponse<String> response, int status) {
        String where = response.request().method() + " " + response.uri() + ": " + abbreviate(response.body());
        assertEquals(status, response.statusCode(), where);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                where + " " + response.headers().map());
        JsonObject problem;
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            problem = reader.readObject();
        }
        assertEquals(status, problem.getInt("status"), where);
        assertNotNull(problem.getString("detail", null), where);
        assertTrue(HAN.matcher(problem.getString("detail")).find(), "Chinese detail: " + where);
        assertTrue(HAN.matcher(problem.getString("title")).find(), "Chinese title: " + where);
        assertFalse(response.body().contains("Exception") || response.body().contains("org.") || response.body().contains("at cn."),
                "no class names or stack trace: " + where);
        return problem;
    }

    private static void assertChinesePage(HttpResponse<String> response, String text) {
        String body = response.body();
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), response.headers().toString());
        assertTrue(body.contains("天府科技云") && body.contains(text), abbreviate(body));
        assertFalse(body.contains("Payara") || body.contains("GlassFish") || body.contains("Exception"), abbreviate(body));
    }

    private void signIn(HttpClient client, String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> form = client.send(HttpRequest.newBuilder(URI.create(Deployments.BASE_URL + "/login.xhtml"))
                .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
        assertTrue(viewState.find(), form.body());
        String body = "loginForm=loginForm&loginForm%3Ausername=" + encode(username) + "&loginForm%3Apassword="
                + encode(password) + "&loginForm%3Asubmit=&jakarta.faces.ViewState=" + encode(viewState.group(1));
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(Deployments.BASE_URL + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(302, signedIn.statusCode(), abbreviate(signedIn.body()));
    }

    private HttpResponse<String> page(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(Deployments.BASE_URL + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String sessionOf(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + response.headers()));
    }

    private HttpResponse<String> post(String path, String body, String contentType) throws IOException, InterruptedException {
        return send(request(path).header("Authorization", ADMIN).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(API + path)).timeout(Duration.ofSeconds(30));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 600 ? text : text.substring(0, 600) + "…";
    }
}
