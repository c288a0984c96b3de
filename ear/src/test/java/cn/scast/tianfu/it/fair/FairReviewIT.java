package cn.scast.tianfu.it.fair;

import cn.scast.tianfu.evaluation.JuryAssignments;
import cn.scast.tianfu.evaluation.JurySheets;
import cn.scast.tianfu.evaluation.RoundResults;
import cn.scast.tianfu.it.support.ApiCalls;
import cn.scast.tianfu.it.support.Deployments;
import cn.scast.tianfu.it.support.PlatformTest;
import cn.scast.tianfu.membership.AccountService;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static cn.scast.tianfu.it.support.ApiCalls.idOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 科创会 projects are reviewed by experts through the evaluation engine: the office opens the year's review
 * (every submitted project becomes an engine entry, experts are assigned under the conflict rules), the
 * experts score, the office adopts the engine's ranking with the fair's rule (places per type, pass mark),
 * and only recommended projects are published and signed. REST as the office, scoring inside the server as
 * each expert.
 */
@PlatformTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FairReviewIT {

    static final int YEAR = 2031;
    static final int CONFLICT_YEAR = 2032;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(FairReviewIT.class, FairExperts.class);
    }

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/AccountService")
    private AccountService accounts;

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/JuryAssignments")
    private JuryAssignments juryAssignments;

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/JurySheets")
    private JurySheets jurySheets;

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/RoundResults")
    private RoundResults roundResults;

    @Test
    @Order(1)
    void theExpertsHaveJuryLogins() {
        FairExperts.ensureAccounts(accounts);

        assertTrue(accounts.findByUsername("fairexpert3").orElseThrow().getRoles().toString().contains("JURY_MEMBER"));
    }

    @Test
    @Order(2)
    @RunAsClient
    void openingTheReviewEntersEveryProjectAndClosesSubmissions() throws Exception {
        ApiCalls admin = admin();
        long graphene = submit(YEAR, "石墨烯超级电容器", "HIGH_TECH", "510100", "西南交通大学");
        submit(YEAR, "名优绿茶智能加工线", "HIGH_TECH", "511800", "雅安某茶业有限公司");
        submit(YEAR, "高原光伏微电网", "HIGH_TECH", "513300", "甘孜某能源公司");
        submit(YEAR, "尚不成熟的技术", "ACHIEVEMENT", "510700", "绵阳某研究所");
        assertRefused(admin.post("v1/fair/" + YEAR + "/review/adoption", "{}"), "尚未启动专家评审");
        HttpResponse<String> notAnExpert = admin.post("v1/fair/" + YEAR + "/review", opening(2, 60, 3,
                "[{\"username\":\"admin\",\"organisation\":\"四川省科协\"}," + FairExperts.panelJson(2, null).substring(1)));
        assertRefused(notAnExpert, "不是评审专家");
        assertEquals(404, admin.get("v1/fair/" + YEAR + "/review").statusCode(), "a refused opening stores nothing");

        HttpResponse<String> opened = admin.post("v1/fair/" + YEAR + "/review",
                opening(2, 60, 3, FairExperts.panelJson(3, "fairexpert3")));

        assertEquals(201, opened.statusCode(), opened.body());
        assertTrue(opened.body().contains("\"projects\":4") && opened.body().contains("\"completedProjects\":0"),
                opened.body());
        assertTrue(opened.body().contains("fairexpert3（中国科学院成都分院） 组长"), opened.body());
        assertTrue(opened.body().contains("\"" + graphene + "\":\"0 / 3\""), "three experts per project: " + opened.body());
        assertRefused(admin.post("v1/fair/" + YEAR + "/review", opening(2, 60, 3, FairExperts.panelJson(3, null))),
                "专家评审已启动");
        assertRefused(admin.post("v1/fair/projects", submission(YEAR, "迟到的项目", "HIGH_TECH", "510100", "某单位")),
                "已启动专家评审，不再受理项目提交");
        assertRefused(admin.post("v1/fair/projects/" + graphene + "/signing",
                "{\"partner\":\"某储能科技公司\",\"amountWanYuan\":680}"), "只有推荐项目可以登记现场签约");
        assertRefused(admin.post("v1/fair/" + YEAR + "/review/adoption", "{}"), "4 个项目还有专家未提交评分");
        assertEquals(404, admin.post("v1/fair/projects/" + graphene + "/review", "{\"recommended\":true}").statusCode(),
                "no way around the experts");
        assertEquals(403, ApiCalls.as("fairexpert1", FairExperts.PASSWORD)
                .post("v1/fair/" + YEAR + "/review/adoption", "{}").statusCode(), "experts do not adopt results");
    }

    @Test
    @Order(3)
    void theExpertsScoreEveryAssignedProject() throws Exception {
        long round = FairExperts.roundOf(YEAR);

        FairExperts.scoreAll(juryAssignments, jurySheets, roundResults, round, Map.of(
                "石墨烯超级电容器", new int[]{27, 23, 22, 18},   // 90 (+1 on average)
                "名优绿茶智能加工线", new int[]{24, 20, 20, 16}, // 80
                "高原光伏微电网", new int[]{21, 18, 17, 14},     // 70
                "尚不成熟的技术", new int[]{17, 14, 14, 10}));   // 55

        assertTrue(roundResults.leaderboard(round).lines().stream().allMatch(l -> l.submittedSheets() == 3));
    }

    @Test
    @Order(4)
    @RunAsClient
    void adoptedResultsRecommendByTypeAndOnlyRecommendedProjectsAreSigned() throws Exception {
        ApiCalls admin = admin();

        HttpResponse<String> adopted = admin.post("v1/fair/" + YEAR + "/review/adoption", "{}");

        assertEquals(200, adopted.statusCode(), adopted.body());
        assertTrue(adopted.body().contains("\"completedProjects\":4") && adopted.body().contains("\"adoptedAt\":\""),
                adopted.body());
        String projects = admin.get("v1/fair/" + YEAR + "/projects").body();
        assertProject(projects, "石墨烯超级电容器", "RECOMMENDED", "专家评审同类第 1 名，平均分 91.00，推荐");
        assertProject(projects, "名优绿茶智能加工线", "RECOMMENDED", "专家评审同类第 2 名，平均分 81.00，推荐");
        assertProject(projects, "高原光伏微电网", "NOT_RECOMMENDED",
                "专家评审同类第 3 名，平均分 71.00，超出每类推荐名额 2");
        assertProject(projects, "尚不成熟的技术", "NOT_RECOMMENDED",
                "专家评审同类第 1 名，平均分 56.00，低于推荐分数线 60");
        String highTech = ApiCalls.anonymous().get("v1/fair/" + YEAR + "/recommended?type=HIGH_TECH").body();
        assertTrue(highTech.indexOf("石墨烯超级电容器") >= 0
                && highTech.indexOf("石墨烯超级电容器") < highTech.indexOf("名优绿茶智能加工线"), "成都 before 雅安: " + highTech);
        assertFalse(highTech.contains("高原光伏微电网"), highTech);
        assertEquals("[]", ApiCalls.anonymous().get("v1/fair/" + YEAR + "/recommended?type=ACHIEVEMENT").body());

        long graphene = idOfTitle(projects, "石墨烯超级电容器");
        long solar = idOfTitle(projects, "高原光伏微电网");
        HttpResponse<String> signed = admin.post("v1/fair/projects/" + graphene + "/signing",
                "{\"partner\":\"某储能科技公司\",\"amountWanYuan\":680.00}");
        assertEquals(200, signed.statusCode(), signed.body());
        assertTrue(signed.body().contains("\"status\":\"SIGNED\"") && signed.body().contains("680"), signed.body());
        assertRefused(admin.post("v1/fair/projects/" + solar + "/signing", "{\"partner\":\"某公司\",\"amountWanYuan\":10}"),
                "只有推荐项目可以登记现场签约");
        assertRefused(admin.post("v1/fair/" + YEAR + "/review/adoption", "{}"), "不能重复采用");
    }

    @Test
    @Order(5)
    @RunAsClient
    void aPanelThatCannotReviewEveryProjectWithoutConflictOpensNothing() throws Exception {
        ApiCalls admin = admin();
        // The third expert works at the project holder's unit: only two experts may score it, three are asked.
        long project = submit(CONFLICT_YEAR, "中科院成都分院在研项目", "CHALLENGE", "510100", "中国科学院成都分院");

        HttpResponse<String> refused = admin.post("v1/fair/" + CONFLICT_YEAR + "/review",
                opening(1, 60, 3, FairExperts.panelJson(3, null)));

        assertRefused(refused, "评审专家不足");
        assertEquals(404, admin.get("v1/fair/" + CONFLICT_YEAR + "/review").statusCode());
        String projects = admin.get("v1/fair/" + CONFLICT_YEAR + "/projects").body();
        assertTrue(projects.contains("\"id\":" + project) && projects.contains("\"status\":\"SUBMITTED\""), projects);
        assertEquals(201, admin.post("v1/fair/projects", submission(CONFLICT_YEAR, "仍可提交的项目", "CHALLENGE",
                "510100", "某企业")).statusCode(), "submissions stay open when the review did not open");
    }

    private static ApiCalls admin() {
        return ApiCalls.as("admin", FairExperts.PASSWORD);
    }

    private static String opening(int places, int passMark, int jurorsPerEntry, String experts) {
        return "{\"closesAt\":\"" + Instant.now().plus(Duration.ofDays(14)) + "\",\"placesPerType\":" + places
                + ",\"passMark\":" + passMark + ",\"jurorsPerEntry\":" + jurorsPerEntry + ",\"experts\":" + experts + "}";
    }

    private static String submission(int year, String title, String type, String city, String holder) {
        return "{\"year\":" + year + ",\"title\":\"" + title + "\",\"type\":\"" + type + "\",\"cityCode\":\"" + city
                + "\",\"holder\":\"" + holder + "\"}";
    }

    private static long submit(int year, String title, String type, String city, String holder) throws Exception {
        HttpResponse<String> response = admin().post("v1/fair/projects", submission(year, title, type, city, holder));
        assertEquals(201, response.statusCode(), response.body());
        return idOf(response.body());
    }

    private static void assertRefused(HttpResponse<String> response, String message) {
        assertEquals(422, response.statusCode(), response.body());
        assertTrue(response.body().contains(message), response.body());
    }

    /** The JSON object of the project with this title in a list. */
    private static String projectOf(String list, String title) {
        int at = list.indexOf("\"title\":\"" + title + "\"");
        assertTrue(at >= 0, title + " in " + list);
        return list.substring(list.lastIndexOf('{', at), list.indexOf('}', at) + 1);
    }

    private static void assertProject(String list, String title, String status, String note) {
        String project = projectOf(list, title);
        assertTrue(project.contains("\"status\":\"" + status + "\"") && project.contains("\"reviewNote\":\"" + note + "\""),
                project);
    }

    private static long idOfTitle(String list, String title) {
        return idOf(projectOf(list, title));
    }
}
