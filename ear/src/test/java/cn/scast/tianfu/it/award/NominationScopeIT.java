package cn.scast.tianfu.it.award;

import cn.scast.tianfu.award.AwardEditions;
import cn.scast.tianfu.award.AwardType;
import cn.scast.tianfu.award.QuotaSpec;
import cn.scast.tianfu.competition.CompetitionEditions;
import cn.scast.tianfu.competition.CompetitionType;
import cn.scast.tianfu.it.support.ApiCalls;
import cn.scast.tianfu.it.support.Deployments;
import cn.scast.tianfu.it.support.PlatformTest;
import cn.scast.tianfu.membership.AccountService;
import cn.scast.tianfu.membership.Role;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may nominate and register for whom: a society officer only in the own society's name, city staff only
 * for the own city, other roles not at all (403).
 */
@PlatformTest
class NominationScopeIT {

    private static final String PASSWORD = "Scope@2026x";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(NominationScopeIT.class);
    }

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/AccountService")
    private AccountService accounts;

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/AwardEditions")
    private AwardEditions awards;

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/CompetitionEditions")
    private CompetitionEditions contests;

    @Resource(lookup = "jdbc/tianfu")
    private DataSource dataSource;

    @Test
    void societyOfficersNominateOnlyInTheirOwnSocietysName() throws Exception {
        String own = "Q" + System.nanoTime() % 1_000_000L;
        String other = "R" + System.nanoTime() % 1_000_000L;
        long ownId = insert("INSERT INTO mem_society (code, name) VALUES (?, ?)", own, "范围测试学会" + own);
        Instant now = Instant.now();
        long edition = awards.create(AwardType.EVENT, 2096, "范围测试学术活动", null, null, 3,
                List.of(new QuotaSpec(own, "范围测试学会", "SOCIETY", 2), new QuotaSpec(other, "另一学会", "SOCIETY", 2)),
                now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(2)));
        String officer = account(Role.SOCIETY_OFFICER);
        insert("INSERT INTO mem_society_officer (username, society_id) VALUES (?, ?)", officer, ownId);
        ApiCalls client = ApiCalls.as(officer, PASSWORD);

        HttpResponse<String> foreign = client.post("v1/awards/editions/" + edition + "/nominations", event(other, "别人的会议"));
        HttpResponse<String> mine = client.post("v1/awards/editions/" + edition + "/nominations", event(own, "本学会年会"));
        HttpResponse<String> worker = ApiCalls.as(account(Role.WORKER), PASSWORD)
                .post("v1/awards/editions/" + edition + "/nominations", event(own, "会员代为推荐"));

        assertEquals(403, foreign.statusCode(), foreign.body());
        assertTrue(foreign.body().contains("学会工作人员只能以本学会名义推荐"), foreign.body());
        assertEquals(201, mine.statusCode(), mine.body());
        assertTrue(mine.body().contains("\"nominatedBy\":\"" + officer + "\""), mine.body());
        assertEquals(403, worker.statusCode(), worker.body());
    }

    @Test
    void cityStaffRegisterOnlyForTheirOwnCity() throws Exception {
        Instant now = Instant.now();
        long edition = contests.create(CompetitionType.YOUTH, 2096, "范围测试青少年大赛", false, Map.of("510100", 3, "510600", 3),
                now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(2)));
        String staff = account(Role.CITY_STAFF);
        insert("INSERT INTO mem_staff (username, display_name, city_association_id) VALUES (?, ?, ?)", staff, "德阳科协",
                association("510600"));
        ApiCalls client = ApiCalls.as(staff, PASSWORD);

        HttpResponse<String> chengdu = client.post("v1/contests/editions/" + edition + "/registrations", project("510100", "成都的作品"));
        HttpResponse<String> deyang = client.post("v1/contests/editions/" + edition + "/registrations", project("510600", "德阳的作品"));

        assertEquals(422, chengdu.statusCode(), chengdu.body());
        assertTrue(chengdu.body().contains("市州工作人员只能为本市州报名"), chengdu.body());
        assertEquals(201, deyang.statusCode(), deyang.body());
    }

    private static String event(String unit, String title) {
        return "{\"unitCode\":\"" + unit + "\",\"categoryCode\":\"CONF\",\"title\":\"" + title
                + "\",\"nomineeName\":\"" + title + "主办方\",\"nomineeUnit\":\"某学会\"}";
    }

    private static String project(String city, String title) {
        return "{\"title\":\"" + title + "\",\"entrantName\":\"范同学\",\"schoolLevel\":\"初中\",\"subject\":\"技术\","
                + "\"school\":\"某中学\",\"tutor\":\"某老师\",\"cityCode\":\"" + city + "\"}";
    }

    private String account(Role role) {
        String username = "scope-" + role.roleName() + "-" + System.nanoTime() % 1_000_000_000L;
        accounts.createAccount(username, "范围测试", PASSWORD.toCharArray(), EnumSet.of(role));
        return username;
    }

    private long association(String city) throws Exception {
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT COALESCE(MAX(id), 0) FROM mem_city_association WHERE city_code = '" + city + "'")) {
            rs.next();
            long id = rs.getLong(1);
            return id != 0 ? id : insert("INSERT INTO mem_city_association (city_code, name) VALUES (?, ?)", city,
                    "德阳市科协");
        }
    }

    private long insert(String sql, Object... values) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }
}
