package cn.scast.tianfu.it.volunteering;

import cn.scast.tianfu.it.support.ApiCalls;
import cn.scast.tianfu.it.support.Deployments;
import cn.scast.tianfu.it.support.PlatformTest;
import cn.scast.tianfu.it.support.SignedInPages;
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
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cn.scast.tianfu.it.support.ApiCalls.idOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 科技志愿服务 end to end through the API: city staff register a team and an activity for two people; three accounts
 * sign up and the third is refused (full), a second sign-up is refused, one cancels and frees the place, strangers
 * are asked to sign in; after the activity the leader records hours (an unrelated account may not), each person's
 * total is the sum of their hours, the team's total is public, participants hear of it in their inbox, and every
 * hours record is audited.
 */
@PlatformTest
class VolunteeringIT {

    private static final String PASSWORD = "Zhiyuan2026x";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(VolunteeringIT.class);
    }

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/AccountService")
    private AccountService accounts;

    @Resource(lookup = "jdbc/tianfu")
    private DataSource dataSource;

    private final String suffix = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void signUpsFillTheActivityAndRecordedHoursAddUp() throws Exception {
        String staffName = account("vs", Role.CITY_STAFF);
        insert("INSERT INTO mem_staff (username, display_name, city_association_id) VALUES (?, ?, ?)", staffName,
                "成都科协志愿服务", association("510100"));
        ApiCalls staff = ApiCalls.as(staffName, PASSWORD);
        String leaderName = account("vl", Role.WORKER);
        ApiCalls leader = ApiCalls.as(leaderName, PASSWORD);

        String teamName = "成都市科技志愿服务队" + suffix;
        HttpResponse<String> otherCity = staff.post("v1/volunteering/teams", team(teamName, "510600", null, leaderName));
        assertEquals(403, otherCity.statusCode(), otherCity.body());
        HttpResponse<String> noLeader = staff.post("v1/volunteering/teams", team(teamName, "510100", "510107", "nobody" + suffix));
        assertEquals(422, noLeader.statusCode(), noLeader.body());
        assertTrue(noLeader.body().contains("队长须是平台的注册账号"), noLeader.body());
        long team = idOf(created(staff.post("v1/volunteering/teams", team(teamName, "510100", "510107", leaderName))));
        assertEquals(409, staff.post("v1/volunteering/teams", team(teamName, "510100", null, leaderName)).statusCode(),
                "one name per city");

        long activity = idOf(created(staff.post("v1/volunteering/activities", activity(team, "社区应急科普" + suffix, 2, "3"))));
        long second = idOf(created(leader.post("v1/volunteering/activities", activity(team, "农技下乡" + suffix, 5, "2"))));

        ApiCalls first = ApiCalls.as(account("va", Role.PUBLIC), PASSWORD);
        ApiCalls other = ApiCalls.as(account("vb", Role.PUBLIC), PASSWORD);
        ApiCalls third = ApiCalls.as(account("vc", Role.WORKER), PASSWORD);
        String signUp = "v1/volunteering/activities/" + activity + "/sign-up";
        assertEquals(201, first.post(signUp, "{}").statusCode());
        assertEquals(201, other.post(signUp, "{}").statusCode());
        HttpResponse<String> full = third.post(signUp, "{}");
        assertEquals(409, full.statusCode(), full.body());
        assertProblem(full, "名额已满");
        HttpResponse<String> again = first.post(signUp, "{}");
        assertEquals(409, again.statusCode(), again.body());
        assertProblem(again, "不能重复报名");
        HttpResponse<String> stranger = ApiCalls.anonymous().post(signUp, "{}");
        assertEquals(401, stranger.statusCode());
        assertTrue(stranger.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(ApiCalls.anonymous().get("v1/volunteering/activities/" + activity).body().contains("\"placesLeft\":0"));

        HttpResponse<String> cancelled = other.delete(signUp);
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        assertTrue(cancelled.body().contains("\"status\":\"CANCELLED\""), cancelled.body());
        assertTrue(ApiCalls.anonymous().get("v1/volunteering/activities/" + activity).body().contains("\"placesLeft\":1"));
        assertEquals(201, third.post(signUp, "{}").statusCode(), "the freed place is taken");
        assertEquals(201, first.post("v1/volunteering/activities/" + second + "/sign-up", "{}").statusCode());
        assertTrue(inbox(first).contains("报名成功"), "the sign-up is confirmed in the inbox");

        String hours = "v1/volunteering/activities/" + activity + "/hours";
        HttpResponse<String> tooEarly = leader.put(hours, "[{\"signUpId\":" + signUpOf(leader, activity, "va") + "}]");
        assertEquals(422, tooEarly.statusCode(), tooEarly.body());
        assertProblem(tooEarly, "活动结束后");

        moveIntoThePast(activity);
        moveIntoThePast(second);
        HttpResponse<String> late = other.post(signUp, "{}");
        assertEquals(422, late.statusCode(), late.body());
        assertProblem(late, "活动已开始");
        assertEquals(422, first.delete(signUp).statusCode(), "too late to cancel");

        long firstSignUp = signUpOf(leader, activity, "va");
        long thirdSignUp = signUpOf(leader, activity, "vc");
        HttpResponse<String> unrelated = ApiCalls.as(account("vx", Role.WORKER), PASSWORD)
                .put(hours, "[{\"signUpId\":" + firstSignUp + "}]");
        assertEquals(403, unrelated.statusCode(), unrelated.body());
        assertProblem(unrelated, "只有服务队队长或本市州工作人员");
        HttpResponse<String> tooMany = leader.put(hours, "[{\"signUpId\":" + thirdSignUp + ",\"hours\":4}]");
        assertEquals(422, tooMany.statusCode(), tooMany.body());
        assertProblem(tooMany, "不能超过活动时长");

        HttpResponse<String> recorded = leader.put(hours, "[{\"signUpId\":" + firstSignUp + "},{\"signUpId\":"
                + thirdSignUp + ",\"hours\":2.5}]");
        assertEquals(200, recorded.statusCode(), recorded.body());
        assertTrue(recorded.body().contains("\"hours\":3.0") || recorded.body().contains("\"hours\":3"), recorded.body());
        HttpResponse<String> secondRecorded = staff.put("v1/volunteering/activities/" + second + "/hours",
                "[{\"signUpId\":" + signUpOf(staff, second, "va") + ",\"hours\":1.5}]");
        assertEquals(200, secondRecorded.statusCode(), secondRecorded.body());

        String mine = first.get("v1/volunteering/me").body();
        assertEquals(4.5, number(mine, "totalHours"), 0.001, "3 + 1.5: " + mine);
        assertEquals(2.5, number(third.get("v1/volunteering/me").body(), "totalHours"), 0.001);
        assertEquals(0.0, number(other.get("v1/volunteering/me").body(), "totalHours"), 0.001, "cancelled, no hours");
        assertEquals(7.0, number(ApiCalls.anonymous().get("v1/volunteering/teams/" + team).body(), "totalHours"), 0.001,
                "the team's total is public");
        assertTrue(inbox(first).contains("已记录志愿服务时长"), "the hours are announced in the inbox");
        assertTrue(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'VOL_HOURS_RECORDED' AND target_id IN ('"
                + firstSignUp + "', '" + thirdSignUp + "')") == 2, "each hours record is audited");
        SignedInPages leaderPages = SignedInPages.signIn(leaderName, PASSWORD);
        assertTrue(leaderPages.get("/account/volunteering.xhtml").body().contains("volunteer-lead.xhtml"),
                "a leader is linked to the teams they lead");
        HttpResponse<String> led = leaderPages.get("/account/volunteer-lead.xhtml");
        assertEquals(200, led.statusCode());
        assertTrue(led.body().contains(teamName), "the leader's screen lists the team");

        String publicList = ApiCalls.anonymous().get("v1/volunteering/teams?city=510100").body();
        assertTrue(publicList.contains(teamName) && !publicList.contains("\"leaderUsername\""),
                "public, without the leader's account: " + publicList);
    }

    private static String team(String name, String city, String county, String leader) {
        return "{\"name\":\"" + name + "\",\"hostOrg\":\"成都市科学技术协会\",\"cityCode\":\"" + city + "\""
                + (county == null ? "" : ",\"countyCode\":\"" + county + "\"")
                + ",\"topics\":\"应急安全；农业技术\",\"leaderUsername\":\"" + leader + "\"}";
    }

    private static String activity(long team, String title, int capacity, String hours) {
        LocalDateTime start = LocalDateTime.now(CHINA).plusDays(3).truncatedTo(ChronoUnit.MINUTES);
        return "{\"teamId\":" + team + ",\"title\":\"" + title + "\",\"description\":\"讲解家庭防灾与急救知识\","
                + "\"place\":\"武侯区浆洗街街道社区活动中心\",\"countyCode\":\"510107\",\"startsAt\":\"" + start
                + "\",\"endsAt\":\"" + start.plusHours(3) + "\",\"capacity\":" + capacity + ",\"hours\":" + hours + "}";
    }

    private long signUpOf(ApiCalls manager, long activity, String prefix) throws Exception {
        HttpResponse<String> roster = manager.get("v1/volunteering/activities/" + activity + "/sign-ups");
        assertEquals(200, roster.statusCode(), roster.body());
        Matcher m = Pattern.compile("\\{[^}]*?\"id\":(\\d+)[^}]*?\"username\":\"" + prefix + suffix + "\"")
                .matcher(roster.body());
        assertTrue(m.find(), prefix + " in " + roster.body());
        return Long.parseLong(m.group(1));
    }

    private void moveIntoThePast(long activity) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE vol_activity SET starts_at = starts_at - INTERVAL 4 DAY, "
                     + "ends_at = ends_at - INTERVAL 4 DAY WHERE id = ?")) {
            s.setLong(1, activity);
            assertEquals(1, s.executeUpdate());
        }
    }

    private String account(String prefix, Role role) {
        String username = prefix + suffix;
        accounts.createAccount(username, "志愿者" + username, PASSWORD.toCharArray(), EnumSet.of(role));
        return username;
    }

    private long association(String city) throws Exception {
        long id = count("SELECT COALESCE(MAX(id), 0) FROM mem_city_association WHERE city_code = '" + city + "'");
        return id != 0 ? id : insert("INSERT INTO mem_city_association (city_code, name) VALUES (?, ?)", city, "成都市科协");
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
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

    private static String inbox(ApiCalls account) throws Exception {
        return account.get("v1/account/inbox").body();
    }

    private static double number(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":([0-9.]+)").matcher(json);
        assertTrue(m.find(), name + " in " + json);
        return Double.parseDouble(m.group(1));
    }

    private static void assertProblem(HttpResponse<String> answer, String text) {
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                answer.headers().toString());
        assertTrue(answer.body().contains(text), answer.body());
    }

    private static String created(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response.body());
        return response.body();
    }
}
