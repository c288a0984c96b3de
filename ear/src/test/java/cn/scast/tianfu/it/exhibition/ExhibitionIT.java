package cn.scast.tianfu.it.exhibition;

import cn.scast.tianfu.imports.ImportKind;
import cn.scast.tianfu.imports.JobControl;
import cn.scast.tianfu.it.support.Database;
import cn.scast.tianfu.it.support.ApiCalls;
import cn.scast.tianfu.it.support.Deployments;
import cn.scast.tianfu.it.support.JobAwait;
import cn.scast.tianfu.it.support.PlatformTest;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The online exhibition of 最美科技工作者 and 四川百年百杰科学家: the seed file is loaded on first start, an import file's
 * bad rows are reported line by line while the good ones land (once), and anonymous visitors see the exhibition and
 * an exhibit's story, a Chinese 404 for an unknown exhibit, and the read API.
 */
@PlatformTest
class ExhibitionIT {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(ExhibitionIT.class, JobAwait.class);
    }

    @EJB(lookup = "java:global/tianfu/tianfu-batch/JobControl")
    private JobControl jobs;

    @Resource(lookup = "jdbc/tianfu")
    private DataSource dataSource;

    @Test
    void theSeedExhibitsAreLoadedAndReadableWithoutSigningIn() throws Exception {
        assertEquals(9, count("SELECT COUNT(*) FROM exhibit WHERE code LIKE 'BB-%' OR code LIKE 'ZM-%'"));
        long seedExecution = count("SELECT job_execution_id FROM seed_run WHERE job_name = 'exhibit-import'");
        assertEquals(List.of(), rejectsOf(jobs.instanceId(seedExecution)), "every row of the seed file is good");
        assertEquals(5, count("SELECT COUNT(*) FROM exhibit WHERE demo AND (code LIKE 'BB-%' OR code LIKE 'ZM-%')"),
                "the fictional entries are marked as 示例");

        HttpResponse<String> all = ApiCalls.anonymous().get("v1/exhibits");
        assertEquals(200, all.statusCode(), all.body());
        assertTrue(all.body().contains("\"name\":\"邓稼先\"") && all.body().contains("\"collectionName\":\"四川百年百杰科学家\"")
                && all.body().contains("示例·林青禾"), all.body());
        String mostBeautiful = ApiCalls.anonymous().get("v1/exhibits?collection=MOST_BEAUTIFUL").body();
        assertTrue(mostBeautiful.contains("冯小悦") && !mostBeautiful.contains("邓稼先"), mostBeautiful);

        HttpResponse<String> one = ApiCalls.anonymous().get("v1/exhibits/BB-0002");
        assertEquals(200, one.statusCode(), one.body());
        assertTrue(one.body().contains("于敏") && one.body().contains("致敬长廊"), one.body());

        HttpResponse<String> unknown = ApiCalls.anonymous().get("v1/exhibits/NO-SUCH");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                unknown.headers().toString());
        assertTrue(unknown.body().contains("不存在"), unknown.body());
        HttpResponse<String> badCollection = ApiCalls.anonymous().get("v1/exhibits?collection=ACADEMICIANS");
        assertEquals(400, badCollection.statusCode());
        assertTrue(badCollection.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(badCollection.body().contains("MOST_BEAUTIFUL"), badCollection.body());
    }

    @Test
    void anImportFileReportsEachBadRowByLineWhileTheGoodRowsLandOnce() throws Exception {
        Path file = Files.createTempDirectory("exhibit-it").resolve("exhibits_it.csv");
        Files.writeString(file, String.join("\r\n",
                "code,collection,award_year,name,field,unit,city,story,portrait_path,demo",
                "IT-EX1,MOST_BEAUTIFUL,2025,示例·测试甲,材料科学,示例研究院,绵阳市,示例故事甲。,,Y",
                "IT-EX2,四川百年百杰科学家,,示例·测试乙,,,,示例故事乙。,images/exhibits/yi.png,Y",
                "IT-EX3,ACADEMICIANS,2025,示例·测试丙,,,,示例故事丙。,,Y",
                "IT-EX4,MOST_BEAUTIFUL,二〇二五,示例·测试丁,,,,示例故事丁。,,Y",
                "IT-EX5,MOST_BEAUTIFUL,2025,,,,,示例故事戊。,,Y",
                "IT-EX1,MOST_BEAUTIFUL,2025,示例·重复行,,,,示例故事。,,Y",
                "IT-EX6,MOST_BEAUTIFUL,2025,示例·测试己,,,,示例故事己。,http://example.com/x.png,Y") + "\r\n",
                StandardCharsets.UTF_8);

        JobExecution first = run(file);
        JobExecution second = run(file);

        assertEquals(BatchStatus.COMPLETED, first.getBatchStatus(), first.getExitStatus());
        assertEquals(BatchStatus.COMPLETED, second.getBatchStatus(), second.getExitStatus());
        assertEquals(List.of("exhibits_it.csv:4:collection", "exhibits_it.csv:5:award_year", "exhibits_it.csv:6:name",
                "exhibits_it.csv:7:code", "exhibits_it.csv:8:portrait_path"), rejectsOf(jobs.instanceId(first.getExecutionId())));
        assertEquals(2, count("SELECT COUNT(*) FROM exhibit WHERE code LIKE 'IT-EX%'"), "EX1 and EX2, once each");
        assertEquals("示例·测试甲|MOST_BEAUTIFUL|2025|材料科学", text("SELECT CONCAT_WS('|', name, collection, award_year, field) "
                + "FROM exhibit WHERE code = 'IT-EX1'"), "the first EX1 row wins, the duplicate line is refused");
        assertEquals("CENTURY_SCIENTISTS", text("SELECT collection FROM exhibit WHERE code = 'IT-EX2'"));

        HttpResponse<String> page = get("/public/exhibit.xhtml?code=IT-EX1");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("示例故事甲") && page.body().contains("绵阳市"), page.body());
    }

    @Test
    void anonymousVisitorsSeeTheExhibitionAndAStoryOnAPhoneSizedPage() throws Exception {
        HttpResponse<String> home = get("/public/index.xhtml");
        assertTrue(home.body().contains("/public/exhibition.xhtml"), "the home page and menu link the exhibition");

        HttpResponse<String> exhibition = get("/public/exhibition.xhtml");
        assertEquals(200, exhibition.statusCode());
        String body = exhibition.body();
        assertTrue(body.contains("name=\"viewport\""), "responsive layout");
        assertTrue(body.contains("网上主题展览") && body.contains("最美科技工作者") && body.contains("四川百年百杰科学家"), body);
        assertTrue(body.contains("邓稼先") && body.contains("exhibit.xhtml?code=BB-0001") && body.contains("示例·林青禾")
                && body.contains("作物遗传育种") && body.contains("示例农业科学研究所"), body);
        assertTrue(body.contains("<svg") && body.contains(">林</text>"), "a generated portrait with the surname");

        String mostBeautiful = get("/public/exhibition.xhtml?c=MOST_BEAUTIFUL").body();
        assertTrue(mostBeautiful.contains("冯小悦") && !mostBeautiful.contains("邓稼先"), mostBeautiful);
        assertEquals(200, get("/public/exhibition.xhtml?c=%3Cscript%3E").statusCode(), "an unknown collection shows all");

        HttpResponse<String> story = get("/public/exhibit.xhtml?code=ZM-D002");
        assertEquals(200, story.statusCode());
        assertTrue(story.body().contains("示例·林青禾") && story.body().contains("人物故事")
                && story.body().contains("海拔两千米的试验田") && story.body().contains("示例"), story.body());
    }

    @Test
    void anUnknownExhibitIsAChinese404() throws Exception {
        for (String path : List.of("/public/exhibit.xhtml?code=NO-SUCH", "/public/exhibit.xhtml?code=",
                "/public/exhibit.xhtml", "/public/exhibit.xhtml?code=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
                "/public/exhibit.xhtml?code=" + "长".repeat(200))) {
            HttpResponse<String> missing = get(path);
            assertEquals(404, missing.statusCode(), path);
            assertTrue(missing.body().contains("天府科技云") && missing.body().contains("不存在"), path + ": " + missing.body());
            assertFalse(missing.body().contains("Payara") || missing.body().contains("Exception")
                    || missing.body().contains("<script>alert"), path);
        }
    }

    private JobExecution run(Path file) throws InterruptedException {
        return JobAwait.end(jobs, jobs.start(ImportKind.JOB, ImportKind.jobParameters("exhibit", file.toString(), null)));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(Deployments.BASE_URL + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private List<String> rejectsOf(long instanceId) throws Exception {
        return Database.rejectsOf(dataSource, instanceId);
    }

    private long count(String sql) throws Exception {
        return Database.count(dataSource, sql);
    }

    private String text(String sql) throws Exception {
        return Database.text(dataSource, sql);
    }
}
