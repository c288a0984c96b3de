package cn.scast.tianfu.it.imports;

import cn.scast.tianfu.it.support.Browser;
import cn.scast.tianfu.it.support.ClientTest;
import cn.scast.tianfu.it.support.Deployments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An administrator uploads a small CSV with one bad row on the imports screen, watches the job complete
 * with one rejected row, reads the reject (line and reason) on the screen and downloads the report.
 */
@ClientTest
class ImportScreenIT {

    private static final String ADMIN = "admin:Tianfu@2026";

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void adminUploadsFileSeesOneRejectAndDownloadsTheReport() throws Exception {
        long base = 7_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000) * 10;
        Path file = Files.createTempDirectory("screen-it").resolve("scratch_screen-" + UUID.randomUUID() + ".csv");
        Files.writeString(file, String.join("\n",
                "id,code,title,city_code,amount",
                (base + 1) + ",S-1,德阳重大装备供需对接,510600,100",
                "=1+1,S-2,公式注入行,510100,1",
                (base + 3) + ",S-3,宜宾动力电池,511500,") + "\n", StandardCharsets.UTF_8);

        browser.signInAt("/admin/imports/index.xhtml", "admin", "Tianfu@2026");
        browser.awaitText("pageTitle", "批量导入");
        new Select(browser.driver().findElement(By.id("uploadForm:kind"))).selectByValue("scratch");
        browser.driver().findElement(By.cssSelector("#uploadForm input[type=file]")).sendKeys(file.toString());
        browser.click("uploadForm:submit");

        browser.awaitText("uploadForm:messages", "已开始导入");
        Matcher started = Pattern.compile("执行号 (\\d+)").matcher(browser.textOf("uploadForm:messages"));
        assertTrue(started.find(), browser.textOf("uploadForm:messages"));
        String executionId = started.group(1);

        String row = awaitHistoryRow(executionId, "已完成");
        assertEquals(file.getFileName().toString(), text(row + ":file"));
        assertEquals("2", text(row + ":written"));
        assertEquals("1", text(row + ":skipped"));

        clickWhenStable(row + ":showRejects");
        browser.awaitText("rejectsForm:rejects:0:line", "3");
        assertEquals("id", browser.textOf("rejectsForm:rejects:0:column"));
        assertTrue(browser.textOf("rejectsForm:rejects:0:reason").contains("公式注入"),
                browser.textOf("rejectsForm:rejects:0:reason"));

        String href = browser.driver().findElement(By.id(row + ":download")).getAttribute("href");
        HttpResponse<byte[]> report = get(href, ADMIN);
        assertEquals(200, report.statusCode());
        assertTrue(report.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        byte[] body = report.body();
        assertEquals(Arrays.toString(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
                Arrays.toString(Arrays.copyOf(body, 3)), "UTF-8 BOM for Excel");
        String csv = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertEquals("文件,行号,列,原因,原始内容", lines[0]);
        assertEquals(2, lines.length, csv);
        assertTrue(lines[1].startsWith(file.getFileName() + ",3,id,"), lines[1]);
        assertTrue(lines[1].endsWith(",\"'=1+1,S-2,公式注入行,510100,1\""), "formula neutralised: " + lines[1]);
    }

    @Test
    void restartEndpointIsForAdministratorsAndRefusesCompletedExecutions() throws Exception {
        HttpResponse<byte[]> anonymous = post(Deployments.BASE_URL + "/api/v1/imports/1/restart", null);
        assertEquals(401, anonymous.statusCode());

        HttpResponse<byte[]> unknown = post(Deployments.BASE_URL + "/api/v1/imports/987654321/restart", ADMIN);
        assertEquals(409, unknown.statusCode(), new String(unknown.body(), StandardCharsets.UTF_8));
        assertTrue(new String(unknown.body(), StandardCharsets.UTF_8).contains("找不到作业执行"));
    }

    /** The history table is re-rendered every 2 s, so cells may go stale while they are read. */
    private String awaitHistoryRow(String executionId, String status) {
        String[] last = {""};
        return browser.waitUpTo(Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(100))
                .ignoring(WebDriverException.class)
                .withMessage(() -> "execution " + executionId + " not shown as " + status + " (last: " + last[0] + ")")
                .until(page -> {
                    for (WebElement cell : page.findElements(By.cssSelector("[id$=':execution']"))) {
                        if (cell.getText().equals(executionId)) {
                            String row = cell.getAttribute("id").replaceAll(":execution$", "");
                            last[0] = text(row + ":status");
                            if (last[0].equals(status)) {
                                return row;
                            }
                        }
                    }
                    return null;
                });
    }

    private String text(String id) {
        for (int i = 0; ; i++) {
            try {
                return browser.driver().findElement(By.id(id)).getText();
            } catch (WebDriverException stale) {
                if (i > 20) {
                    throw stale;
                }
            }
        }
    }

    private void clickWhenStable(String id) {
        for (int i = 0; ; i++) {
            try {
                browser.driver().findElement(By.id(id)).click();
                return;
            } catch (WebDriverException stale) {
                if (i > 20) {
                    throw stale;
                }
            }
        }
    }

    private static HttpResponse<byte[]> get(String url, String credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        return send(request, credentials);
    }

    private static HttpResponse<byte[]> post(String url, String credentials) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.noBody()), credentials);
    }

    private static HttpResponse<byte[]> send(HttpRequest.Builder request, String credentials) throws Exception {
        if (credentials != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
