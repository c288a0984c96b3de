package cn.scast.tianfu.it.fair;

import cn.scast.tianfu.fair.FairProject;
import cn.scast.tianfu.fair.FairProjectStatus;
import cn.scast.tianfu.fair.FairProjectType;
import cn.scast.tianfu.fair.FairService;
import cn.scast.tianfu.imports.SeedLoader;
import cn.scast.tianfu.it.support.AsAdmin;
import cn.scast.tianfu.it.support.Deployments;
import cn.scast.tianfu.it.support.PlatformTest;
import cn.scast.tianfu.platform.AuditTrail;
import cn.scast.tianfu.platform.RuleViolation;
import cn.scast.tianfu.workstation.EvaluationGrade;
import cn.scast.tianfu.workstation.Workstation;
import cn.scast.tianfu.workstation.WorkstationService;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 科创会 projects go from submission through review to signing; workstations are registered and graded. */
@PlatformTest
class FairAndWorkstationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(FairAndWorkstationIT.class, AsAdmin.class);
    }

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/FairService")
    private FairService fair;

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/WorkstationService")
    private WorkstationService workstations;

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/AuditTrail")
    private AuditTrail audit;

    @EJB(lookup = "java:global/tianfu/tianfu-batch/SeedLoader")
    private SeedLoader seeds;

    @EJB(lookup = "java:global/tianfu/tianfu-web/AsAdmin")
    private AsAdmin admin;

    @Test
    void anonymousCallersCannotSubmitProjects() {
        assertThrows(EJBAccessException.class,
                () -> fair.submit(2026, "匿名项目", FairProjectType.ACHIEVEMENT, "510100", "某单位"));
    }

    @Test
    void recommendedProjectsArePublishedByTypeAndSigningsRecorded() throws Exception {
        awaitCities();
        FairProject graphene = admin.call(() -> fair.submit(2031, "石墨烯超级电容器", FairProjectType.HIGH_TECH,
                "510100", "西南交通大学"));
        FairProject tea = admin.call(() -> fair.submit(2031, "名优绿茶智能加工线", FairProjectType.HIGH_TECH,
                "511800", "雅安某茶业"));
        FairProject rejected = admin.call(() -> fair.submit(2031, "尚不成熟的技术", FairProjectType.HIGH_TECH,
                "510700", "绵阳某所"));
        admin.call(() -> fair.review(graphene.getId(), true, "技术成熟"));
        admin.call(() -> fair.review(tea.getId(), true, "带动茶农增收"));
        admin.call(() -> fair.review(rejected.getId(), false, "成熟度不足"));
        admin.call(() -> fair.sign(graphene.getId(), "某储能科技公司", new BigDecimal("680.00")));

        RuleViolation unsigned = assertThrows(RuleViolation.class,
                () -> admin.call(() -> fair.sign(rejected.getId(), "某公司", BigDecimal.TEN)));
        assertEquals("只有推荐项目可以登记现场签约", unsigned.getMessage());

        HttpResponse<String> published = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                Deployments.BASE_URL + "/api/v1/fair/2031/recommended?type=HIGH_TECH")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, published.statusCode());
        String body = published.body();
        assertTrue(body.indexOf("石墨烯超级电容器") < body.indexOf("名优绿茶智能加工线"), "成都 is listed before 雅安: " + body);
        assertTrue(body.contains("\"status\":\"SIGNED\"") && body.contains("680"), body);
        assertTrue(!body.contains("尚不成熟的技术"), body);
        assertEquals(FairProjectStatus.SIGNED, fair.recommended(2031, FairProjectType.HIGH_TECH).get(0).getStatus());
        assertEquals("fair.sign", audit.forTarget("FairProject", graphene.getId()).get(1).getAction());
        assertEquals("admin", audit.forTarget("FairProject", graphene.getId()).get(1).getActor());
    }

    @Test
    void workstationsAreRegisteredOnceAndGradedYearly() throws Exception {
        awaitCities();
        Workstation station = admin.call(() -> workstations.register("国网四川省电力公司院士工作站",
                "国网四川省电力公司", "510100", 2020, "某院士、某专家"));
        admin.call(() -> workstations.evaluate(station.getId(), 2021, EvaluationGrade.EXCELLENT));

        RuleViolation duplicate = assertThrows(RuleViolation.class, () -> admin.call(() -> workstations.register(
                "国网四川省电力公司院士工作站", "另一单位", "510100", 2022, "某专家")));
        RuleViolation early = assertThrows(RuleViolation.class,
                () -> admin.call(() -> workstations.evaluate(station.getId(), 2020, EvaluationGrade.GOOD)));

        assertEquals("工作站「国网四川省电力公司院士工作站」已登记", duplicate.getMessage());
        assertTrue(early.getMessage().contains("不能参加年度考评"));
        Workstation stored = workstations.all().stream().filter(w -> w.getId().equals(station.getId())).findFirst()
                .orElseThrow();
        assertEquals(EvaluationGrade.EXCELLENT, stored.getGrades().get(2021));
    }

    /** The seed jobs run right after deployment; projects and workstations refer to the cities they load. */
    private void awaitCities() throws InterruptedException {
        for (int i = 0; i < 1200 && !seeds.finished(); i++) {
            Thread.sleep(100);
        }
        assertTrue(seeds.finished(), "seed jobs did not finish within 120 s");
    }
}
