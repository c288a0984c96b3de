package cn.scast.tianfu.it.membership;

import cn.scast.tianfu.it.support.ApiCalls;
import cn.scast.tianfu.imports.JobControl;
import cn.scast.tianfu.it.support.Deployments;
import cn.scast.tianfu.it.support.JobAwait;
import cn.scast.tianfu.it.support.PlatformTest;
import cn.scast.tianfu.membership.AccountService;
import cn.scast.tianfu.membership.Role;
import cn.scast.tianfu.platform.AuditEntry;
import cn.scast.tianfu.platform.AuditTrail;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

import javax.sql.DataSource;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

import static cn.scast.tianfu.it.membership.MembershipFixtures.*;
import static cn.scast.tianfu.it.support.ApiCalls.idOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inside the server: status recalculation, society-officer scoping, private fields, audit entries and the
 * society import. Logins are created through AccountService; calls that need a caller go through the
 * REST API with HTTP Basic, so the real security path is exercised.
 */
@PlatformTest
@Isolated // the status recalculation it calls updates every membership of the system
class MembershipServiceIT {

    private static final String PASSWORD = "Test@2026pw";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(MembershipServiceIT.class, MembershipFixtures.class, JobAwait.class);
    }

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/AccountService")
    private AccountService accounts;

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/AuditTrail")
    private AuditTrail audit;

    @EJB(lookup = "java:global/tianfu/tianfu-batch/JobControl")
    private JobControl jobs;

    @Resource(lookup = "jdbc/tianfu")
    private DataSource dataSource;

    /**
     * The two cities these tests use, as the seeds define them; inserted here when the seed job has not
     * (yet) loaded them, so these tests do not depend on the batch runtime's first start.
     */
    @BeforeEach
    void referenceData() throws Exception {
        execute("INSERT IGNORE INTO ref_city (code, name, sort_order) VALUES ('510100', '成都市', 1), ('510300', '自贡市', 2)");
    }

    @Test
    void recalculationMovesEachMembershipAlongTheRulesAndAuditsEveryTransition() throws Exception {
        LocalDate today = LocalDate.of(2031, 3, 15).plusDays(ThreadLocalRandom.current().nextInt(3000));
        long society = insertSociety();
        long currentPastDue = membership(insertWorker("510100"), society, "CURRENT", today.minusDays(10));
        long currentToday = membership(insertWorker("510100"), society, "CURRENT", today);
        long currentLongAgo = membership(insertWorker("510100"), society, "CURRENT", today.minusDays(91));
        long graceLastDay = membership(insertWorker("510100"), society, "GRACE", today.minusDays(90));
        long graceOver = membership(insertWorker("510100"), society, "GRACE", today.minusDays(91));
        long graceRenewed = membership(insertWorker("510100"), society, "GRACE", today.plusDays(300));
        long expiredRenewed = membership(insertWorker("510100"), society, "EXPIRED", today.plusDays(1));
        long cancelled = membership(insertWorker("510100"), society, "CANCELLED", today.minusDays(500));
        long pending = membership(insertWorker("510100"), society, "PENDING", null);

        HttpResponse<String> run = MembershipFixtures.admin().post("/societies/memberships/status-recalculation?today=" + today, null);
        assertEquals(200, run.statusCode(), run.body());

        assertEquals("GRACE", status(currentPastDue));
        assertEquals("CURRENT", status(currentToday));
        assertEquals("EXPIRED", status(currentLongAgo));
        assertEquals("GRACE", status(graceLastDay));
        assertEquals("EXPIRED", status(graceOver));
        assertEquals("CURRENT", status(graceRenewed));
        assertEquals("CURRENT", status(expiredRenewed));
        assertEquals("CANCELLED", status(cancelled));
        assertEquals("PENDING", status(pending));

        List<AuditEntry> entries = audit.forTarget("mem_society_membership", today.toString());
        assertTrue(entries.stream().anyMatch(e -> e.getBeforeState().contains("\"CURRENT\"")
                && e.getAfterState().contains("\"GRACE\"")), "CURRENT->GRACE audited");
        assertTrue(entries.stream().anyMatch(e -> e.getBeforeState().contains("\"GRACE\"")
                && e.getAfterState().contains("\"EXPIRED\"")), "GRACE->EXPIRED audited");

        HttpResponse<String> second = MembershipFixtures.admin().post("/societies/memberships/status-recalculation?today=" + today, null);
        assertEquals(200, second.statusCode());
        assertEquals("GRACE", status(currentPastDue), "idempotent");
    }

    @Test
    void recalculationIsForAdminsOnly() throws Exception {
        String officer = account(Role.SOCIETY_OFFICER);
        HttpResponse<String> refused = MembershipFixtures.as(officer, PASSWORD)
                .post("/societies/memberships/status-recalculation", null);
        assertEquals(403, refused.statusCode(), refused.body());
    }

    @Test
    void societyOfficerSeesOnlyTheOwnSocietysMembers() throws Exception {
        long own = insertSociety();
        long other = insertSociety();
        long ownMember = insertWorker("510100");
        long otherMember = insertWorker("510100");
        membership(ownMember, own, "CURRENT", LocalDate.now().plusYears(1));
        long pendingId = membership(insertWorker("510100"), own, "PENDING", null);
        membership(otherMember, other, "CURRENT", LocalDate.now().plusYears(1));
        String officer = account(Role.SOCIETY_OFFICER);
        execute("INSERT INTO mem_society_officer (username, society_id) VALUES (?, ?)", officer, own);
        ApiCalls client = MembershipFixtures.as(officer, PASSWORD);

        String list = client.get("/workers?limit=200").body();
        assertTrue(list.contains("\"id\":" + ownMember + ","), list);
        assertFalse(list.contains("\"id\":" + otherMember + ","), list);
        assertEquals(2, totalOf(list), "all of the own society's members, nobody else: " + list);
        String asked = client.get("/workers?society=" + other + "&limit=200").body();
        assertFalse(asked.contains("\"id\":" + otherMember + ","), "asking for another society changes nothing");

        assertEquals(200, client.get("/workers/" + ownMember).statusCode());
        assertEquals(404, client.get("/workers/" + otherMember).statusCode());
        assertEquals(200, client.get("/societies/" + own + "/memberships").statusCode());
        assertEquals(403, client.get("/societies/" + other + "/memberships").statusCode());

        HttpResponse<String> approved = client.post("/societies/memberships/" + pendingId + "/approval?paidUntil="
                + LocalDate.now().plusYears(1), null);
        assertEquals(200, approved.statusCode(), approved.body());
        assertEquals("CURRENT", status(pendingId));
        AuditEntry approval = audit.forTarget("SocietyMembership", pendingId).get(0);
        assertEquals(officer, approval.getActor());
        assertTrue(approval.getBeforeState().contains("PENDING") && approval.getAfterState().contains("CURRENT"));

        HttpResponse<String> twice = client.post("/societies/memberships/" + pendingId + "/approval?paidUntil="
                + LocalDate.now().plusYears(1), null);
        assertEquals(409, twice.statusCode(), "only a pending membership can be approved");
    }

    @Test
    void aWorkerSeesOwnPrivateFieldsButOnlyThePublicViewOfOthers() throws Exception {
        ApiCalls admin = MembershipFixtures.admin();
        String me = account(Role.WORKER);
        HttpResponse<String> mine = admin.post("/workers", "{\"name\":\"" + unique("本人") + "\",\"idNumber\":\""
                + idNumber() + "\",\"mobile\":\"13900139000\",\"cityCode\":\"510100\",\"accountUsername\":\"" + me + "\"}");
        assertEquals(201, mine.statusCode(), mine.body());
        String otherId = idNumber();
        HttpResponse<String> other = admin.post("/workers", workerJson(unique("他人"), otherId, "13700137000", "510100", "研究员"));
        assertEquals(201, other.statusCode(), other.body());
        ApiCalls worker = MembershipFixtures.as(me, PASSWORD);

        String own = worker.get("/workers/" + idOf(mine.body())).body();
        assertTrue(own.contains("13900139000"), own);
        assertTrue(own.contains("\"idMasked\""), own);

        HttpResponse<String> others = worker.get("/workers/" + idOf(other.body()));
        assertEquals(200, others.statusCode());
        assertTrue(others.body().contains("研究员"), others.body());
        assertFalse(others.body().contains("13700137000"), others.body());
        assertFalse(others.body().contains("\"mobile\""), others.body());
        assertFalse(others.body().contains("\"idMasked\""), others.body());
        assertFalse(worker.get("/workers?limit=200").body().contains("13700137000"), "not in lists either");

        assertEquals(403, worker.post("/workers", workerJson(unique("越权"), idNumber(), null, "510100", null)).statusCode());
    }

    @Test
    void cityStaffSeePrivateFieldsOfTheirCityOnly() throws Exception {
        ApiCalls admin = MembershipFixtures.admin();
        String staff = account(Role.CITY_STAFF);
        long association = insertAssociation("510300");
        execute("INSERT INTO mem_staff (username, display_name, city_association_id) VALUES (?, '科服保姆', ?)", staff, association);
        HttpResponse<String> local = admin.post("/workers", workerJson(unique("自贡"), idNumber(), "13600136000", "510300", null));
        HttpResponse<String> remote = admin.post("/workers", workerJson(unique("成都"), idNumber(), "13500135000", "510100", null));
        ApiCalls client = MembershipFixtures.as(staff, PASSWORD);

        assertTrue(client.get("/workers/" + idOf(local.body())).body().contains("13600136000"));
        assertFalse(client.get("/workers/" + idOf(remote.body())).body().contains("13500135000"));
        assertEquals(403, client.put("/workers/" + idOf(remote.body()),
                workerJson("改名", null, null, "510100", null)).statusCode(), "not their city");
    }

    @Test
    void everyWriteIsAuditedWithBeforeAndAfterButNeverTheRawIdNumber() throws Exception {
        ApiCalls admin = MembershipFixtures.admin();
        String id = idNumber();
        HttpResponse<String> created = admin.post("/workers", workerJson(unique("审计"), id, null, "510100", "工程师"));
        assertEquals(201, created.statusCode(), created.body());
        long workerId = idOf(created.body());
        HttpResponse<String> updated = admin.put("/workers/" + workerId, workerJson("审计改名", null, null, "510100", "高级工程师"));
        assertEquals(200, updated.statusCode(), updated.body());
        HttpResponse<String> refused = admin.put("/workers/" + workerId, workerJson("", null, "1", "510100", null));
        assertEquals(400, refused.statusCode());

        List<AuditEntry> entries = audit.forTarget("Worker", workerId);
        assertEquals(2, entries.size(), "create and update; the refused update left nothing");
        AuditEntry create = entries.get(0);
        assertEquals("worker.create", create.getAction());
        assertEquals("admin", create.getActor());
        assertNull(create.getBeforeState());
        assertTrue(create.getAfterState().contains("\"工程师\""), create.getAfterState());
        AuditEntry update = entries.get(1);
        assertTrue(update.getBeforeState().contains("\"工程师\""), update.getBeforeState());
        assertTrue(update.getAfterState().contains("审计改名") && update.getAfterState().contains("高级工程师"));
        for (AuditEntry entry : entries) {
            assertFalse(String.valueOf(entry.getAfterState()).contains(id), "raw ID number in audit");
        }
        assertEquals("审计改名", text("SELECT name FROM mem_worker WHERE id = " + workerId));
        assertEquals(64, text("SELECT id_hash FROM mem_worker WHERE id = " + workerId).length());
        assertFalse(text("SELECT CONCAT_WS('|', id_hash, id_masked) FROM mem_worker WHERE id = " + workerId).contains(id));
    }

    @Test
    void societyImportLoadsSocietiesAndJournalsAndRejectsBadRows() throws Exception {
        Path dir = Files.createTempDirectory("society-it");
        Files.writeString(dir.resolve("societies.csv"), String.join("\n",
                "code,name,discipline_code,supervising_unit,founded_year,member_count",
                "X901,四川省导入测试学会,110,四川省科学技术协会,1980,120",
                "x-bad,小写代码学会,110,,,",
                "X902,,110,,,"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("journals.csv"), String.join("\n",
                "code,name,society_code,issn,cn,discipline_code",
                "Y901,导入测试学报,X901,1001-9081,51-1307/TP,520",
                "Y902,错误刊号,,1001-9082,,520"), StandardCharsets.UTF_8);
        Properties parameters = new Properties();
        parameters.setProperty("dir", dir.toString());

        JobExecution first = JobAwait.end(jobs, jobs.start("society-import", parameters));
        JobExecution second = JobAwait.end(jobs, jobs.start("society-import", parameters));

        assertEquals(BatchStatus.COMPLETED, first.getBatchStatus());
        assertEquals(BatchStatus.COMPLETED, second.getBatchStatus());
        assertEquals("1", text("SELECT COUNT(*) FROM mem_society WHERE code = 'X901'"));
        assertEquals("0", text("SELECT COUNT(*) FROM mem_society WHERE code IN ('X902', 'x-bad')"));
        assertEquals("X901", text("SELECT s.code FROM mem_journal j JOIN mem_society s ON s.id = j.society_id WHERE j.code = 'Y901'"));
        assertEquals("0", text("SELECT COUNT(*) FROM mem_journal WHERE code = 'Y902'"));
        assertEquals("3", text("SELECT COUNT(*) FROM import_reject WHERE job_instance_id = "
                + jobs.instanceId(first.getExecutionId())));
    }

    // ---- fixtures ----

    private String account(Role role) {
        String username = "it-" + role.roleName() + "-" + System.nanoTime() % 1_000_000_000L;
        accounts.createAccount(username, "测试账号", PASSWORD.toCharArray(), EnumSet.of(role));
        return username;
    }

    private long insertSociety() throws SQLException {
        return insert("INSERT INTO mem_society (code, name) VALUES (?, ?)", "Z" + System.nanoTime() % 1_000_000_000L,
                "测试学会" + System.nanoTime() % 10_000);
    }

    private long insertAssociation(String cityCode) throws SQLException {
        String existing = text("SELECT COALESCE(MAX(id), 0) FROM mem_city_association WHERE city_code = '" + cityCode + "'");
        if (!"0".equals(existing)) {
            return Long.parseLong(existing);
        }
        return insert("INSERT INTO mem_city_association (city_code, name) VALUES (?, ?)", cityCode, "市科协" + cityCode);
    }

    private long insertWorker(String cityCode) throws SQLException {
        byte[] hash = new byte[32];
        ThreadLocalRandom.current().nextBytes(hash);
        return insert("INSERT INTO mem_worker (name, id_hash, id_masked, city_code, created_at) VALUES (?, ?, ?, ?, NOW(6))",
                "测试会员" + System.nanoTime() % 10_000, HexFormat.of().formatHex(hash), "510104********0000", cityCode);
    }

    private long membership(long worker, long society, String status, LocalDate paidUntil) throws SQLException {
        return insert("INSERT INTO mem_society_membership (worker_id, society_id, status, paid_until, applied_at) "
                + "VALUES (?, ?, ?, ?, NOW(6))", worker, society, status, paidUntil == null ? null : Date.valueOf(paidUntil));
    }

    private String status(long membership) throws SQLException {
        return text("SELECT status FROM mem_society_membership WHERE id = " + membership);
    }

    private long insert(String sql, Object... values) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private void execute(String sql, Object... values) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }

    private String text(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
