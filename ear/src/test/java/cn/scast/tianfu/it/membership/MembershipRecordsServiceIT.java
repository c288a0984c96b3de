package cn.scast.tianfu.it.membership;

import cn.scast.tianfu.it.support.ApiCalls;
import cn.scast.tianfu.it.support.Deployments;
import cn.scast.tianfu.it.support.PlatformTest;
import cn.scast.tianfu.membership.AccountService;
import cn.scast.tianfu.membership.Role;
import cn.scast.tianfu.platform.AuditEntry;
import cn.scast.tianfu.platform.AuditTrail;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static cn.scast.tianfu.it.membership.MembershipFixtures.*;
import static cn.scast.tianfu.it.support.ApiCalls.idOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inside the server: officers and organisation memberships of other societies, the audit trail of teams,
 * staff and city associations, and the export limit on a large result.
 */
@PlatformTest
class MembershipRecordsServiceIT {

    private static final String PASSWORD = "Test@2026pw";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(MembershipRecordsServiceIT.class, MembershipFixtures.class);
    }

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/AccountService")
    private AccountService accounts;

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/AuditTrail")
    private AuditTrail audit;

    @Resource(lookup = "jdbc/tianfu")
    private DataSource dataSource;

    @BeforeEach
    void referenceData() throws Exception {
        execute("INSERT IGNORE INTO ref_city (code, name, sort_order) VALUES ('510100', '成都市', 1), ('510300', '自贡市', 2)");
    }

    @Test
    void anOfficerHandlesOnlyTheOwnSocietysOrganisationMemberships() throws Exception {
        ApiCalls admin = MembershipFixtures.admin();
        long own = insert("INSERT INTO mem_society (code, name) VALUES (?, ?)", "O" + System.nanoTime() % 100_000_000L, "本会");
        long other = insert("INSERT INTO mem_society (code, name) VALUES (?, ?)", "P" + System.nanoTime() % 100_000_000L, "他会");
        long organisation = idOf(admin.post("/organisations", organisationJson(unique("学会单位"), creditCode())).body());
        String officer = account(Role.SOCIETY_OFFICER);
        execute("INSERT INTO mem_society_officer (username, society_id) VALUES (?, ?)", officer, own);
        ApiCalls client = MembershipFixtures.as(officer, PASSWORD);

        HttpResponse<String> mine = client.post("/organisation-memberships",
                "{\"organisationId\":" + organisation + ",\"societyId\":" + own + "}");
        assertEquals(201, mine.statusCode(), mine.body());
        HttpResponse<String> theirs = client.post("/organisation-memberships",
                "{\"organisationId\":" + organisation + ",\"societyId\":" + other + "}");
        assertEquals(403, theirs.statusCode(), theirs.body());
        long foreign = idOf(admin.post("/organisation-memberships",
                "{\"organisationId\":" + organisation + ",\"societyId\":" + other + "}").body());

        assertEquals(403, client.post("/organisation-memberships/" + foreign + "/approval?paidUntil=2030-01-01", null).statusCode());
        assertEquals(403, client.get("/organisation-memberships?society=" + other).statusCode());
        String list = client.get("/organisation-memberships").body();
        assertEquals(1, totalOf(list), "only the own society: " + list);
        HttpResponse<String> approved = client.post("/organisation-memberships/" + idOf(mine.body())
                + "/approval?paidUntil=" + LocalDate.now().plusYears(1), null);
        assertEquals(200, approved.statusCode(), approved.body());
        AuditEntry approval = audit.forTarget("OrganisationMembership", idOf(mine.body())).get(1);
        assertEquals(officer, approval.getActor());
        assertTrue(approval.getBeforeState().contains("PENDING") && approval.getAfterState().contains("CURRENT"));
    }

    @Test
    void teamStaffAndAssociationWritesAreAuditedAndRefusedOnesLeaveNoTrace() throws Exception {
        ApiCalls admin = MembershipFixtures.admin();
        long leader = idOf(admin.post("/workers", workerJson(unique("审计队长"), idNumber(), null, "510100", null)).body());
        long member = idOf(admin.post("/workers", workerJson(unique("审计队员"), idNumber(), null, "510100", null)).body());
        long team = idOf(admin.post("/teams", team(unique("审计团队"), leader, "[]", "510100")).body());
        assertEquals(200, admin.put("/teams/" + team, team(unique("审计团队"), leader, "[" + member + "]", "510100"))
                .statusCode());
        assertEquals(400, admin.put("/teams/" + team, team("", leader, "[]", "510100")).statusCode());

        List<AuditEntry> entries = audit.forTarget("Team", team);
        assertEquals(2, entries.size(), "create and update; the refused update left nothing");
        assertEquals("team.create", entries.get(0).getAction());
        assertNull(entries.get(0).getBeforeState());
        assertTrue(entries.get(1).getBeforeState().contains("\"memberIds\":[" + leader + "]"), entries.get(1).getBeforeState());
        assertTrue(entries.get(1).getAfterState().contains(String.valueOf(member)), entries.get(1).getAfterState());
        assertEquals("admin", entries.get(1).getActor());
        assertEquals(2, count("SELECT COUNT(*) FROM mem_team_member WHERE team_id = " + team));

        long association = associationId(admin, "510700"); // 绵阳: no other class edits its contact
        String username = unique("audit").toLowerCase();
        HttpResponse<String> staff = admin.post("/staff", "{\"username\":\"" + username + "\",\"displayName\":\"审计保姆\","
                + "\"cityAssociationId\":" + association + ",\"initialPassword\":\"Secret2026pw\"}");
        assertEquals(201, staff.statusCode(), staff.body());
        AuditEntry created = audit.forTarget("Staff", idOf(staff.body())).get(0);
        assertFalse(String.valueOf(created.getAfterState()).contains("Secret2026pw"), "no password in the audit trail");
        assertTrue(created.getAfterState().contains(username));
        assertEquals(1, count("SELECT COUNT(*) FROM user_account a JOIN user_account_role r ON r.account_id = a.id "
                + "WHERE a.username = '" + username + "' AND r.role = 'CITY_STAFF'"));

        assertEquals(200, admin.put("/city-associations/" + association + "/contact",
                "{\"contactPerson\":\"审计联系人\"}").statusCode());
        List<AuditEntry> contact = audit.forTarget("CityAssociation", association);
        assertTrue(contact.stream().anyMatch(entry -> String.valueOf(entry.getAfterState()).contains("审计联系人")),
                "the contact change is in the audit trail");
    }

    @Test
    void anExportAboveTheLimitIsRefusedWithAClearMessage() throws Exception {
        String prefix = "导出上限" + System.nanoTime() % 10_000;
        // 100,001 workers in one statement from MariaDB's sequence engine
        execute("INSERT INTO mem_worker (name, id_hash, id_masked, city_code, created_at) "
                + "SELECT CONCAT(?, LPAD(seq, 6, '0')), SHA2(CONCAT(?, seq), 256), '510104********0000', '510100', NOW(6) "
                + "FROM seq_1_to_100001", prefix, prefix);
        ApiCalls admin = MembershipFixtures.admin();

        HttpResponse<byte[]> refused = admin.download("/workers/export?name=" + enc(prefix));
        String body = new String(refused.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(422, refused.statusCode(), body);
        assertTrue(body.contains("100,000") && body.contains("缩小筛选范围"), body);

        HttpResponse<byte[]> narrowed = admin.download("/workers/export?name=" + enc(prefix + "00001"));
        assertEquals(200, narrowed.statusCode());
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(narrowed.body()))) {
            assertEquals(10, workbook.getSheetAt(0).getLastRowNum(), "…000010 to …000019");
        }

        String deep = admin.get("/workers?name=" + enc(prefix) + "&limit=3&fromEnd=true&total=false").body();
        assertTrue(deep.contains(prefix + "100001") && deep.contains(prefix + "099999"), deep);
        long anchor = Long.parseLong(text("SELECT id FROM mem_worker WHERE name = '" + prefix + "050000'"));
        String seek = admin.get("/workers?name=" + enc(prefix) + "&limit=2&after=" + anchor + "&total=false").body();
        assertTrue(seek.contains(prefix + "050001") && seek.contains(prefix + "050002"), seek);
        execute("DELETE FROM mem_worker WHERE name LIKE CONCAT(?, '%')", prefix);
    }

    // ---- fixtures ----

    private String account(Role role) {
        String username = "it-" + role.roleName() + "-" + System.nanoTime() % 1_000_000_000L;
        accounts.createAccount(username, "测试账号", PASSWORD.toCharArray(), EnumSet.of(role));
        return username;
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

    private long count(String sql) throws SQLException {
        return Long.parseLong(text(sql));
    }

    private String text(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
