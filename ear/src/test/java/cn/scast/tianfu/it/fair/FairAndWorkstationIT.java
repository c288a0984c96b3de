package cn.scast.tianfu.it.fair;

import cn.scast.tianfu.it.support.ApiCalls;
import cn.scast.tianfu.it.support.ClientTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static cn.scast.tianfu.it.support.ApiCalls.idOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Only signed-in staff submit 科创会 projects (the review is in FairReviewIT); workstations are registered and graded. */
@ClientTest
class FairAndWorkstationIT {

    private final ApiCalls admin = ApiCalls.as("admin", "Tianfu@2026");

    @Test
    void anonymousCallersCannotSubmitProjects() throws Exception {
        HttpResponse<String> response = ApiCalls.anonymous().post("v1/fair/projects",
                "{\"year\":2031,\"title\":\"匿名项目\",\"type\":\"ACHIEVEMENT\",\"cityCode\":\"510100\",\"holder\":\"某单位\"}");

        assertEquals(401, response.statusCode());
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
}
