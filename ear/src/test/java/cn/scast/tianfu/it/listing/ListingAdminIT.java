package cn.scast.tianfu.it.listing;

import cn.scast.tianfu.it.support.Await;
import cn.scast.tianfu.it.support.Browser;
import cn.scast.tianfu.it.support.ClientTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The listing admin screen in a real browser: lazy table, filter, matches with Chinese reasons, escaped HTML. */
@ClientTest
class ListingAdminIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void administratorFiltersListingsAndSeesMatchesWithScriptShownAsText() throws Exception {
        String script = "<script>window.tfInjected=1</script>";
        String demandTitle = script + "页面储能测试需求";
        awaitCreated(ListingApiIT.listing("DEMAND", "REQUIREMENT", demandTitle,
                "<img src=x onerror=\"window.tfInjected=2\">需要钒液流电池储能系统集成方案", "钒液流电池;储能", "430", "38", "510100",
                null, "攀枝花某钒业公司"));
        awaitCreated(ListingApiIT.listing("SUPPLY", "HIGH_TECH", "全钒液流电池储能系统",
                "全钒液流电池储能系统集成与运维", "钒液流电池;储能;系统集成", "430", "38", "510100", null, "攀枝花学院"));

        try (Browser browser = new Browser()) {
            browser.signInAt("/admin/listing/index.xhtml", "admin", "Tianfu@2026");
            browser.awaitText("pageTitle", "供需与匹配");
            assertTrue(browser.driver().getPageSource().contains("ui-datatable"), "PrimeFaces table rendered");

            browser.type("listingForm:title", "页面储能测试");
            browser.click("listingForm:search");
            browser.awaitText("listingForm:listingTable:0:listingTitle", "页面储能测试需求");

            assertEquals(demandTitle, browser.textOf("listingForm:listingTable:0:listingTitle"),
                    "the title is shown as text, tags included");
            assertEquals(1, browser.driver().findElements(By.cssSelector("#listingForm\\:listingTable tbody tr")).size(),
                    "filtered to the one listing");

            // Matches appear once the index has the committed supply.
            String reasons = Await.value("match reasons shown", Duration.ofSeconds(30), () -> {
                browser.click("listingForm:listingTable:0:showMatches");
                browser.awaitText("matchForm:selectedTitle", "页面储能测试需求");
                return browser.driver().findElements(By.id("matchForm:matchTable:0:matchReasons")).isEmpty()
                        ? null : browser.textOf("matchForm:matchTable:0:matchReasons");
            }, java.util.Objects::nonNull);
            assertTrue(reasons != null && reasons.startsWith("共同关键词："), String.valueOf(reasons));
            assertTrue(reasons.contains("储能") && reasons.contains("同一学科") && reasons.contains("同一市州"), reasons);
            assertTrue(browser.textOf("matchForm:selectedDescription").startsWith("<img src=x"),
                    browser.textOf("matchForm:selectedDescription"));
            browser.waitUpTo(Duration.ofSeconds(2)).until(ExpectedConditions.presenceOfElementLocated(
                    By.id("matchForm:matchTable")));
            Object injected = ((JavascriptExecutor) browser.driver()).executeScript("return window.tfInjected === undefined;");
            assertEquals(Boolean.TRUE, injected, "no script from listing text ran");
        }
    }

    private void awaitCreated(String body) throws Exception {
        Await.value("listing created: " + body, Duration.ofSeconds(120),
                () -> http.send(HttpRequest.newBuilder(URI.create(ListingApiIT.API))
                                .header("Authorization", ListingApiIT.ADMIN)
                                .header("Content-Type", "application/json; charset=UTF-8")
                                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)),
                response -> {
                    if (response.statusCode() != 201) {
                        assertEquals(400, response.statusCode(), response.body()); // reference data still loading
                    }
                    return response.statusCode() == 201;
                });
    }
}
