package cn.scast.tianfu.it.popscience;

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
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static cn.scast.tianfu.it.support.ApiCalls.idOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 科普员 registry: the import job lands good rows once (one per town), reports every bad row with file, line
 * and reason; city staff edit only their own city's; the public list shows them by county without mobile numbers.
 */
@PlatformTest
class VolunteerImportIT {

    private static final String PASSWORD = "Staff2026pw";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(VolunteerImportIT.class);
    }

    @EJB(lookup = "java:global/tianfu/tianfu-batch/JobControl")
    private JobControl jobs;

    @Resource(lookup = "jdbc/tianfu")
    private DataSource dataSource;

    private final ApiCalls admin = ApiCalls.as("admin", "Tianfu@2026");

    @Test
    void goodRowsLandOnceBadRowsAreReportedAndStaffEditTheirOwnCity() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 4);
        Path file = Files.createTempDirectory("volunteer-it").resolve("popsci_volunteers.csv");
        Files.writeString(file, String.join("\r\n",
                "city_code,county_code,town,name,mobile,organisation",
                "510100,510107,浆洗街街道" + tag + ",张科普,13800001111,武侯区科协",
                "510100,510104,春熙路街道" + tag + ",李科普,,锦江区科协",
                "510300,510107,错配镇" + tag + ",王科普,13700004444,",
                "510100,510107,簇桥街道" + tag + ",赵科普,12345,",
                "510100,510107,浆洗街街道" + tag + ",钱科普,,",
                "510100,510104,牛市口街道" + tag + ",,,",
                "510300,510302,舒坪街道" + tag + ",孙科普,13900002222,自流井区科协") + "\r\n", StandardCharsets.UTF_8);

        JobExecution first = run(file);
        assertEquals(BatchStatus.COMPLETED, first.getBatchStatus(), first.getExitStatus());
        assertEquals(List.of("popsci_volunteers.csv:4:county_code", "popsci_volunteers.csv:5:mobile",
                "popsci_volunteers.csv:6:town", "popsci_volunteers.csv:7:name"), rejectsOf(first));
        assertEquals(3, count("SELECT COUNT(*) FROM popsci_volunteer WHERE town LIKE '%" + tag + "'"));
        assertEquals(BatchStatus.COMPLETED, run(file).getBatchStatus());
        assertEquals(3, count("SELECT COUNT(*) FROM popsci_volunteer WHERE town LIKE '%" + tag + "'"), "once per town");
        String reasons = reasons(first);
        assertTrue(reasons.contains("137****4444") && !reasons.contains("13700004444"), "mobiles masked in the report: " + reasons);

        String zigongStaff = staff("510300");
        ApiCalls zigong = ApiCalls.as(zigongStaff, PASSWORD);
        long chengduVolunteer = idOf(find(admin.get("v1/popscience/volunteers").body(), "浆洗街街道" + tag));
        long zigongVolunteer = idOf(find(admin.get("v1/popscience/volunteers").body(), "舒坪街道" + tag));
        String ownList = zigong.get("v1/popscience/volunteers").body();
        assertTrue(ownList.contains("舒坪街道" + tag) && !ownList.contains("浆洗街街道" + tag), ownList);
        HttpResponse<String> changed = zigong.put("v1/popscience/volunteers/" + zigongVolunteer,
                "{\"name\":\"周科普\",\"mobile\":\"13900003333\",\"organisation\":\"自流井区科协\"}");
        assertEquals(200, changed.statusCode(), changed.body());
        assertTrue(changed.body().contains("周科普"), changed.body());
        HttpResponse<String> otherCity = zigong.put("v1/popscience/volunteers/" + chengduVolunteer, "{\"name\":\"越权\"}");
        assertEquals(403, otherCity.statusCode(), otherCity.body());
        HttpResponse<String> secondInTown = zigong.post("v1/popscience/volunteers", "{\"cityCode\":\"510300\","
                + "\"countyCode\":\"510302\",\"town\":\"舒坪街道" + tag + "\",\"name\":\"第二人\"}");
        assertEquals(409, secondInTown.statusCode(), secondInTown.body());

        String publicList = ApiCalls.anonymous().get("v1/popscience/volunteers/public?city=510100").body();
        assertTrue(publicList.contains("张科普") && publicList.contains("武侯区"), publicList);
        assertFalse(publicList.contains("13800001111"), "no mobile numbers in public");
        String page = new String(java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(Deployments.BASE_URL + "/public/popscience-volunteers.xhtml?city=510300")).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body(), StandardCharsets.UTF_8);
        assertTrue(page.contains("自流井区") && page.contains("舒坪街道" + tag) && page.contains("周科普"), page);
        assertFalse(page.contains("13900003333"), "no mobile numbers on the public page");
    }

    private static String find(String list, String town) {
        for (JsonValue item : Json.createReader(new StringReader(list)).readArray()) {
            JsonObject volunteer = item.asJsonObject();
            if (town.equals(volunteer.getString("town"))) {
                return volunteer.toString();
            }
        }
        throw new AssertionError(town + " not in " + list);
    }

    private String staff(String cityCode) throws Exception {
        String username = "ps" + UUID.randomUUID().toString().substring(0, 10);
        long association = 0;
        for (JsonValue item : Json.createReader(new StringReader(admin.get("v1/city-associations").body())).readArray()) {
            if (cityCode.equals(item.asJsonObject().getString("cityCode"))) {
                association = item.asJsonObject().getJsonNumber("id").longValue();
            }
        }
        HttpResponse<String> created = admin.post("v1/staff", "{\"username\":\"" + username + "\",\"displayName\":\"科普专员\","
                + "\"cityAssociationId\":" + association + ",\"initialPassword\":\"" + PASSWORD + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        return username;
    }

    private JobExecution run(Path file) throws InterruptedException {
        return JobAwait.end(jobs, jobs.start(ImportKind.JOB, ImportKind.jobParameters("popsci-volunteer", file.toString(), null)));
    }

    private List<String> rejectsOf(JobExecution execution) throws Exception {
        return rows("SELECT file_name, line_number, column_name FROM import_reject WHERE job_instance_id = ? "
                + "ORDER BY line_number", execution, rs -> Path.of(rs.getString(1)).getFileName() + ":" + rs.getLong(2)
                + ":" + rs.getString(3));
    }

    private String reasons(JobExecution execution) throws Exception {
        return String.join("\n", rows("SELECT CONCAT(reason, ' ', COALESCE(original_text, '')) FROM import_reject "
                + "WHERE job_instance_id = ?", execution, rs -> rs.getString(1)));
    }

    private interface Row {
        String read(ResultSet rs) throws Exception;
    }

    private List<String> rows(String sql, JobExecution execution, Row row) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, jobs.instanceId(execution.getExecutionId()));
            List<String> result = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    result.add(row.read(rs));
                }
            }
            return result;
        }
    }

    private long count(String sql) throws Exception {
        return Database.count(dataSource, sql);
    }
}
