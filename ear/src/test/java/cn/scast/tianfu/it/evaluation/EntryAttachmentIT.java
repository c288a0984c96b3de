package cn.scast.tianfu.it.evaluation;

import cn.scast.tianfu.it.support.ApiCalls;
import cn.scast.tianfu.it.support.Browser;
import cn.scast.tianfu.it.support.ClientTest;
import cn.scast.tianfu.it.support.Deployments;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cn.scast.tianfu.it.support.ApiCalls.idOf;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An entry's material for the jury: staff upload a paper PDF and a plain-text summary, the assigned juror
 * finds both on the score sheet (kind and size, no uploader) and opens the PDF inline with the stored bytes;
 * a juror not assigned to an entry is refused with a Chinese 403; a disguised non-PDF is refused; a youth
 * contest entry's 查新报告 is its attachment without a second upload.
 */
@ClientTest
class EntryAttachmentIT {

    private static final AtomicInteger YEAR = new AtomicInteger(2090);
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n论文全文\n%%EOF"
            .getBytes(StandardCharsets.UTF_8);
    private static final String SUMMARY = "项目简介：基于多源遥感影像的智能解译方法，适用于川渝地区。";

    private final ApiCalls admin = ApiCalls.as("admin", "Tianfu@2026");

    @Test
    void theAssignedJurorReadsTheUploadedMaterialOnTheScoreSheet() throws Exception {
        try (Browser browser = new Browser()) {
            browser.signInAt("/admin/evaluation/my-entries.xhtml", "juror1", "Tianfu@2026");
            browser.awaitText("pageTitle", "我的评审");
            browser.click("scoreForm:entries:0:open");
            browser.awaitText("scoreForm:materialsEmpty", "暂无材料");
            long entry = Long.parseLong(browser.textOf("scoreForm:entryNo").strip());

            assertEquals(204, upload("admin:Tianfu@2026", entry, "paper", PDF, "application/pdf").statusCode());
            assertEquals(204, upload("admin:Tianfu@2026", entry, "summary",
                    SUMMARY.getBytes(StandardCharsets.UTF_8), "text/plain").statusCode());
            HttpResponse<String> disguised = upload("admin:Tianfu@2026", entry, "paper",
                    "PK\u0003\u0004word/document.xml".getBytes(StandardCharsets.ISO_8859_1), "application/pdf");
            assertEquals(422, disguised.statusCode(), disguised.body());
            assertTrue(disguised.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertTrue(disguised.body().contains("论文全文须为 PDF 文件"), disguised.body());

            browser.click("scoreForm:entries:0:open");
            browser.awaitText("scoreForm:material:0:kind", "论文全文");
            assertEquals("项目简介", browser.textOf("scoreForm:material:1:kind"));
            assertTrue(browser.textOf("scoreForm:material:0:type").contains("PDF"));
            assertTrue(browser.textOf("scoreForm:material:1:type").contains("纯文本"));
            String materials = browser.textOf("scoreForm:materials");
            assertFalse(materials.contains("admin") || materials.contains("系统管理员"), "no uploader: " + materials);
            String href = browser.driver().findElement(By.id("scoreForm:material:0:link")).getAttribute("href");
            assertTrue(href.endsWith("/api/v1/evaluation/entries/" + entry + "/attachments/paper"), href);

            HttpResponse<byte[]> paper = read("juror1:Tianfu@2026", URI.create(href));
            assertEquals(200, paper.statusCode());
            assertArrayEquals(PDF, paper.body());
            assertEquals("application/pdf", paper.headers().firstValue("Content-Type").orElse(""));
            assertTrue(paper.headers().firstValue("Content-Disposition").orElse("").startsWith("inline"));
            assertEquals("nosniff", paper.headers().firstValue("X-Content-Type-Options").orElse(""));
            String caching = paper.headers().firstValue("Cache-Control").orElse("");
            assertTrue(caching.contains("private") && caching.contains("no-store"), caching);

            HttpResponse<byte[]> summary = read("juror1:Tianfu@2026", attachment(entry, "summary"));
            assertEquals(200, summary.statusCode());
            assertEquals(SUMMARY, new String(summary.body(), StandardCharsets.UTF_8));
            assertTrue(summary.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        }
    }

    @Test
    void jurorsNotAssignedToAnEntryAreRefusedInChinese() throws Exception {
        long entry = entryOf(youth(edition(), "校园雨水回收装置"));
        assertEquals(204, upload("admin:Tianfu@2026", entry, "paper", PDF, "application/pdf").statusCode());

        HttpResponse<byte[]> file = read("juror1:Tianfu@2026", attachment(entry, "paper"));
        HttpResponse<String> list = ApiCalls.as("juror1", "Tianfu@2026")
                .get("v1/evaluation/entries/" + entry + "/attachments");
        HttpResponse<String> upload = upload("juror1:Tianfu@2026", entry, "paper", PDF, "application/pdf");
        HttpResponse<String> anonymous = ApiCalls.anonymous().get("v1/evaluation/entries/" + entry + "/attachments");

        assertEquals(403, file.statusCode());
        assertTrue(file.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(new String(file.body(), StandardCharsets.UTF_8).contains("只有分配到该作品且无回避情形的评委"));
        assertEquals(403, list.statusCode(), list.body());
        assertTrue(list.body().contains("只有分配到该作品且无回避情形的评委"), list.body());
        assertEquals(403, upload.statusCode(), upload.body());
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        assertEquals(200, read("admin:Tianfu@2026", attachment(entry, "paper")).statusCode(), "staff read it");
    }

    @Test
    void theCompetitionNoveltyReportIsTheEntrysAttachment() throws Exception {
        HttpResponse<String> registered = youth(edition(), "川西林盘鸟类调查");
        long entry = entryOf(registered);
        long registration = idOf(registered.body());
        byte[] report = "%PDF-1.4\n查新报告：未见相同报道\n%%EOF".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> stored = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        Deployments.BASE_URL + "/api/v1/contests/registrations/" + registration
                                + "/novelty-report?fileName=report.pdf"))
                .header("Authorization", basic("admin:Tianfu@2026")).header("Content-Type", "application/pdf")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(report)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(204, stored.statusCode(), stored.body());

        String list = admin.get("v1/evaluation/entries/" + entry + "/attachments").body();
        assertTrue(list.contains("\"slug\":\"novelty-report\""), list);
        assertTrue(list.contains("\"sizeBytes\":" + report.length), list);
        HttpResponse<byte[]> read = read("admin:Tianfu@2026", attachment(entry, "novelty-report"));
        assertEquals(200, read.statusCode());
        assertArrayEquals(report, read.body());

        byte[] newer = "%PDF-1.4\n查新报告（修订）\n%%EOF".getBytes(StandardCharsets.UTF_8);
        assertEquals(204, upload("admin:Tianfu@2026", entry, "novelty-report", newer, "application/pdf").statusCode());
        HttpResponse<byte[]> contestCopy = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        Deployments.BASE_URL + "/api/v1/contests/registrations/" + registration + "/novelty-report"))
                .header("Authorization", basic("admin:Tianfu@2026")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertArrayEquals(newer, contestCopy.body(), "one report: the registration's");
    }

    @Test
    void staffUploadOnTheEntrysOwnScreen() throws Exception {
        long entry = entryOf(youth(edition(), "智能垃圾分类箱"));
        Path summary = Files.createTempFile("summary", ".txt");
        Files.writeString(summary, SUMMARY, StandardCharsets.UTF_8);
        Path fake = Files.createTempFile("paper", ".pdf");
        Files.write(fake, "PK\u0003\u0004word/document.xml".getBytes(StandardCharsets.ISO_8859_1));

        try (Browser browser = new Browser()) {
            browser.signInAt("/admin/evaluation/attachments.xhtml?entry=" + entry, "admin", "Tianfu@2026");
            browser.awaitText("attachmentForm:entryTitle", "智能垃圾分类箱");
            new Select(browser.driver().findElement(By.id("attachmentForm:kind"))).selectByValue("SUMMARY");
            browser.driver().findElement(By.cssSelector("#attachmentForm input[type=file]")).sendKeys(summary.toString());
            browser.click("attachmentForm:upload");
            browser.awaitText("attachmentForm:messages", "已上传项目简介");
            assertTrue(browser.textOf("attachmentForm:materials").contains("项目简介"));

            new Select(browser.driver().findElement(By.id("attachmentForm:kind"))).selectByValue("PAPER");
            browser.driver().findElement(By.cssSelector("#attachmentForm input[type=file]")).sendKeys(fake.toString());
            browser.click("attachmentForm:upload");
            browser.awaitText("attachmentForm:messages", "论文全文须为 PDF 文件");
            assertFalse(browser.textOf("attachmentForm:materials").contains("论文全文"), "nothing stored");
        }
        HttpResponse<byte[]> stored = read("admin:Tianfu@2026", attachment(entry, "summary"));
        assertEquals(200, stored.statusCode());
        assertEquals(SUMMARY, new String(stored.body(), StandardCharsets.UTF_8));
    }

    private long edition() throws Exception {
        int year = YEAR.incrementAndGet();
        HttpResponse<String> created = admin.post("v1/contests/editions", "{\"type\":\"YOUTH\",\"year\":" + year
                + ",\"name\":\"材料测试竞赛 " + year + "\",\"popularVote\":false,\"cityQuotas\":{\"510100\":5}}");
        assertEquals(201, created.statusCode(), created.body());
        return idOf(created.body());
    }

    private HttpResponse<String> youth(long edition, String title) throws Exception {
        return admin.post("v1/contests/editions/" + edition + "/registrations", "{\"title\":\"" + title
                + "\",\"entrantName\":\"林小雨\",\"schoolLevel\":\"初中\",\"subject\":\"技术\""
                + ",\"school\":\"成都七中\",\"cityCode\":\"510100\",\"tutor\":\"王老师\"}");
    }

    private static long entryOf(HttpResponse<String> created) {
        assertEquals(201, created.statusCode(), created.body());
        Matcher m = Pattern.compile("\"entryId\":(\\d+)").matcher(created.body());
        assertTrue(m.find(), created.body());
        return Long.parseLong(m.group(1));
    }

    private static URI attachment(long entry, String kind) {
        return URI.create(Deployments.BASE_URL + "/api/v1/evaluation/entries/" + entry + "/attachments/" + kind);
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> upload(String credentials, long entry, String kind, byte[] content,
                                               String type) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        attachment(entry, kind) + "?fileName=" + kind + (type.equals("text/plain") ? ".txt" : ".pdf")))
                .header("Authorization", basic(credentials)).header("Content-Type", type)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<byte[]> read(String credentials, URI uri) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                .header("Authorization", basic(credentials)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
