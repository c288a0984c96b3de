package cn.scast.tianfu.it.fair;

import cn.scast.tianfu.it.support.ApiCalls;
import cn.scast.tianfu.it.support.Deployments;
import cn.scast.tianfu.it.support.PlatformTest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static cn.scast.tianfu.it.support.ApiCalls.idOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 科创会 projects go from submission through review to signing; workstations are registered and graded. */
@PlatformTest
@RunAsClient
class FairAndWorkstationIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private final ApiCalls admin = ApiCalls.as("admin", "Tianfu@2026");

    /** The seed jobs run right after deployment; projects and workstations refer to the cities they load. */
    @BeforeEach
    void awaitCities() throws Exception {
        for (int i = 0; i < 120 && !ApiCalls.anonymous().get("v1/reference/cities").body().contains("凉山彝族自治州"); i++) {
            Thread.sleep(1000);
        }
        assertTrue(ApiCalls.anonymous().get("v1/reference/cities").body().contains("凉山彝族自治州"), "cities loaded");
    }

    @Test
    void anonymousCallersCannotSubmitProjects() throws Exception {
        HttpResponse<String> response = ApiCalls.anonymous().post("v1/fair/projects",
                "{\"year\":2031,\"title\":\"匿名项目\",\"type\":\"ACHIEVEMENT\",\"cityCode\":\"510100\",\"holder\":\"某单位\"}");

        assertEquals(401, response.statusCode());
    }

    @Test
    void recommendedProjectsArePublishedByTypeInCityOrderAndSigningsRecorded() throws Exception {
        long graphene = submit("石墨烯超级电容器", "510100", "西南交通大学");
        long tea = submit("名优绿茶智能加工线", "511800", "雅安某茶业");
        long immature = submit("尚不成熟的技术", "510700", "绵阳某所");
        assertEquals(200, admin.post("v1/fair/projects/" + tea + "/review", "{\"recommended\":true,\"note\":\"带动茶农增收\"}").statusCode());
        assertEquals(200, admin.post("v1/fair/projects/" + graphene + "/review", "{\"recommended\":true}").statusCode());
        assertEquals(200, admin.post("v1/fair/projects/" + immature + "/review", "{\"recommended\":false}").statusCode());

        HttpResponse<String> signed = admin.post("v1/fair/projects/" + graphene + "/signing",
                "{\"partner\":\"某储能科技公司\",\"amountWanYuan\":680.00}");
        HttpResponse<String> refused = admin.post("v1/fair/projects/" + immature + "/signing",
                "{\"partner\":\"某公司\",\"amountWanYuan\":10}");
        HttpResponse<String> twice = admin.post("v1/fair/projects/" + tea + "/review", "{\"recommended\":false}");

        assertEquals(200, signed.statusCode(), signed.body());
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("只有推荐项目可以登记现场签约"), refused.body());
        assertEquals(422, twice.statusCode());
        String list = ApiCalls.anonymous().get("v1/fair/2031/recommended?type=HIGH_TECH").body();
        assertTrue(list.indexOf("石墨烯超级电容器") >= 0 && list.indexOf("石墨烯超级电容器") < list.indexOf("名优绿茶智能加工线"),
                "成都 before 雅安: " + list);
        assertTrue(list.contains("\"status\":\"SIGNED\"") && list.contains("680"), list);
        assertFalse(list.contains("尚不成熟的技术"), list);
    }

    @Test
    void workstationsAreRegisteredOnceAndGradedYearly() throws Exception {
        HttpResponse<String> created = admin.post("v1/workstations", "{\"name\":\"国网四川省电力公司院士工作站\","
                + "\"hostUnit\":\"国网四川省电力公司\",\"cityCode\":\"510100\",\"establishedYear\":2020,\"experts\":\"某院士、某专家\"}");
        assertEquals(201, created.statusCode(), created.body());
        long id = idOf(created.body());

        HttpResponse<String> graded = admin.post("v1/workstations/" + id + "/evaluations", "{\"year\":2021,\"grade\":\"EXCELLENT\"}");
        HttpResponse<String> early = admin.post("v1/workstations/" + id + "/evaluations", "{\"year\":2020,\"grade\":\"GOOD\"}");
        HttpResponse<String> duplicate = admin.post("v1/workstations", "{\"name\":\"国网四川省电力公司院士工作站\","
                + "\"hostUnit\":\"另一单位\",\"cityCode\":\"510100\",\"establishedYear\":2022,\"experts\":\"某专家\"}");

        assertEquals(200, graded.statusCode(), graded.body());
        assertTrue(graded.body().contains("\"2021\":\"EXCELLENT\""), graded.body());
        assertEquals(422, early.statusCode());
        assertTrue(early.body().contains("不能参加年度考评"), early.body());
        assertEquals(422, duplicate.statusCode());
        assertTrue(duplicate.body().contains("已登记"), duplicate.body());
    }

    private long submit(String title, String city, String holder) throws Exception {
        HttpResponse<String> response = admin.post("v1/fair/projects", "{\"year\":2031,\"title\":\"" + title
                + "\",\"type\":\"HIGH_TECH\",\"cityCode\":\"" + city + "\",\"holder\":\"" + holder + "\"}");
        assertEquals(201, response.statusCode(), response.body());
        return idOf(response.body());
    }
}
