package cn.scast.tianfu.it.scaleout;

import cn.scast.tianfu.it.support.Await;
import cn.scast.tianfu.it.support.Browser;
import cn.scast.tianfu.it.support.ClientTest;
import cn.scast.tianfu.launcher.PortalCluster;
import cn.scast.tianfu.launcher.PortalNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.openqa.selenium.Cookie;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal as it is scaled out: the portal WAR on two Payara Micro nodes (one Hazelcast cluster) beside the
 * back office, on the same MariaDB, behind nginx. A listing created through one node is proposed by the other within
 * two seconds (the listing_change outbox); a node killed with SIGKILL catches up with the changes made while it was
 * down; a user signed in through nginx stays signed in whichever node dies.
 */
@ClientTest
@Isolated // three Payara Micro boots and a two-second propagation goal: no other class beside it
class PortalClusterIT {

    private static final String ADMIN_PASSWORD = "Tianfu@2026";
    private static final Duration NODE_START = PortalClusterWarmUp.NODE_START;

    private static PortalCluster portal;
    private final HttpClient http = HttpClient.newHttpClient();

    /** Usually booted meanwhile by {@link PortalClusterWarmUp}; started here when this class runs first or alone. */
    @BeforeAll
    static void startPortal() {
        portal = PortalClusterWarmUp.cluster();
    }

    @AfterAll
    static void stopPortal() {
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void changesReachEveryNodeAndNeitherAKilledNodeNorItsUsersLoseAnything() throws Exception {
        PortalNode first = portal.node(1);
        PortalNode second = portal.node(2);
        // A node refuses the cleartext upgrade to HTTP/2 that Java's client asks for (a hazard for Grizzly, and nginx
        // speaks HTTP/1.1 to the nodes anyway).
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(first.baseUrl() + "/api/health"))
                .timeout(Duration.ofSeconds(10)).build(), utf8());
        assertEquals(200, health.statusCode(), health.body());
        assertEquals(HttpClient.Version.HTTP_1_1, health.version(), "no h2c upgrade on a node");

        HttpClient user = signInThroughBalancer();
        assertEquals(200, inboxThroughBalancer(user).statusCode(), "signed in through nginx");
        assertEquals(401, http.send(HttpRequest.newBuilder(URI.create(portal.baseUrl() + "/api/v1/account/inbox"))
                .header("Cookie", "JSESSIONID=no-such-session").build(), utf8()).statusCode(), "a made-up session is no sign-in");

        // The import API (and the back-office screens) belong to the back office: a node answers 404, in Chinese,
        // and neither nginx nor the node names its version.
        HttpResponse<String> imports = http.send(HttpRequest.newBuilder(URI.create(portal.baseUrl() + "/api/v1/imports"))
                .header("Authorization", adminBasic()).build(), utf8());
        assertEquals(404, imports.statusCode(), imports.body());
        assertTrue(imports.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                imports.headers().toString());
        assertTrue(imports.body().contains("门户节点"), imports.body());
        assertEquals("nginx", imports.headers().firstValue("Server").orElse("nginx"), "no version in Server");
        assertTrue(imports.headers().firstValue("X-Powered-By").isEmpty(), imports.headers().toString());
        // Paths outside the portal do not reach a node (its /metrics, /openapi): nginx answers 404 with a Chinese page.
        String root = portal.baseUrl().substring(0, portal.baseUrl().lastIndexOf('/'));
        for (String outside : new String[] {"/metrics", "/openapi", "/no-such-place"}) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(root + outside)).build(), utf8());
            assertEquals(404, answer.statusCode(), outside + ": " + answer.body());
            assertTrue(answer.body().contains("页面不存在") && !answer.body().contains("Payara"), outside + ": " + answer.body());
        }

        String marker = "盐碱地改良" + UUID.randomUUID().toString().substring(0, 6);
        long demand = created(first, "{\"kind\":\"REQUIREMENT\",\"title\":\"" + marker + "技术需求\",\"keywords\":\""
                + marker + ";耐盐植物\",\"cityCode\":\"510100\"}");
        long supply = created(first, "{\"kind\":\"ACHIEVEMENT\",\"title\":\"" + marker + "耐盐植物成果\",\"keywords\":\""
                + marker + ";耐盐植物\",\"cityCode\":\"510100\"}");
        Await.until("node 2 proposes the supply created through node 1", Duration.ofSeconds(2),
                () -> matchesOn(second, demand).contains("\"listingId\":" + supply));

        // Node 2 dies as in a crash. Whichever node held the session, the balancer's next request finds it.
        second.kill();
        assertEquals(200, inboxThroughBalancer(user).statusCode(), "still signed in after node 2 died");
        long whileDown = created(first, "{\"kind\":\"ACHIEVEMENT\",\"title\":\"" + marker + "盐碱地微生物修复成果\","
                + "\"keywords\":\"" + marker + ";耐盐植物;微生物修复\",\"cityCode\":\"510100\"}");
        second.start();
        second.awaitUp(NODE_START);
        Await.until("the restarted node proposes the listing created while it was down", Duration.ofSeconds(30),
                () -> matchesOn(second, demand).contains("\"listingId\":" + whileDown));
        assertTrue(matchesOn(second, demand).contains("\"listingId\":" + supply), "and still the earlier one");

        // Now node 1 dies: node 2, which started after the sign-in, has the session from the cluster's store.
        first.kill();
        HttpResponse<String> afterFirstDied = inboxThroughBalancer(user);
        assertEquals(200, afterFirstDied.statusCode(), "still signed in after node 1 died: " + afterFirstDied.body());
    }

    /** Signs in with Chromium through nginx; returns an HTTP client that carries the browser's cookies on. */
    private HttpClient signInThroughBalancer() {
        try (Browser browser = new Browser()) {
            browser.signIn(portal.baseUrl(), "admin", ADMIN_PASSWORD);
            browser.waitUpTo(Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().contains("login"));
            Set<Cookie> cookies = browser.driver().manage().getCookies();
            assertTrue(cookies.stream().anyMatch(cookie -> cookie.getName().equals("JSESSIONID")), "a session cookie");
            CookieManager jar = new CookieManager();
            for (Cookie cookie : cookies) {
                HttpCookie copy = new HttpCookie(cookie.getName(), cookie.getValue());
                copy.setPath(cookie.getPath());
                copy.setVersion(0);
                jar.getCookieStore().add(URI.create(portal.baseUrl()), copy);
            }
            return HttpClient.newBuilder().cookieHandler(jar).build();
        }
    }

    private long created(PortalNode node, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(node.baseUrl() + "/api/v1/listings"))
                .header("Authorization", adminBasic())
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(), utf8());
        assertEquals(201, response.statusCode(), response.body());
        return cn.scast.tianfu.it.support.ApiCalls.idOf(response.body());
    }

    private String matchesOn(PortalNode node, long listing) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(node.baseUrl() + "/api/v1/listings/" + listing
                        + "/matches?limit=10")).header("Authorization", adminBasic()).build(), utf8()).body();
    }

    private HttpResponse<String> inboxThroughBalancer(HttpClient user) throws IOException, InterruptedException {
        return user.send(HttpRequest.newBuilder(URI.create(portal.baseUrl() + "/api/v1/account/inbox")).build(), utf8());
    }

    private static String adminBasic() {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse.BodyHandler<String> utf8() {
        return HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8);
    }
}
