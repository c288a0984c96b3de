package cn.scast.tianfu.it.listing;

import cn.scast.tianfu.it.support.ApiCalls;
import cn.scast.tianfu.it.support.Deployments;
import cn.scast.tianfu.it.support.PlatformTest;
import jakarta.annotation.Resource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static cn.scast.tianfu.it.support.ApiCalls.idOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every listing write through the API (create, update, status change, decline) leaves who, when, what,
 * before and after in the audit trail; refused writes leave nothing.
 */
@PlatformTest
class ListingAuditIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(ListingAuditIT.class);
    }

    @Resource(lookup = "jdbc/tianfu")
    private DataSource dataSource;

    private final ApiCalls admin = ApiCalls.as("admin", "Tianfu@2026");

    /** One audit row as the test reads it. */
    record Entry(String actor, String action, String before, String after, String detail, boolean timed) {
    }

    @Test
    void createUpdateCloseAndDeclineAreAuditedWithBeforeAndAfter() throws Exception {
        long demand = create("{\"kind\":\"REQUIREMENT\",\"title\":\"审计测试：锂电池回收工艺需求\",\"keywords\":\"锂电池;回收\","
                + "\"cityCode\":\"510900\",\"amountWanYuan\":120}");
        long supply = create("{\"kind\":\"TECH_SERVICE\",\"title\":\"审计测试：锂电池回收技术服务\",\"keywords\":\"锂电池;回收\","
                + "\"cityCode\":\"510900\"}");

        HttpResponse<String> updated = put(demand, "{\"title\":\"审计测试：废旧锂电池回收工艺需求\",\"keywords\":\"锂电池;回收;湿法冶金\","
                + "\"cityCode\":\"510900\",\"amountWanYuan\":150}");
        HttpResponse<String> badUpdate = put(demand, "{\"title\":\"不应保存的标题\",\"disciplineCode\":\"99999\"}");
        HttpResponse<String> declined = admin.post("v1/listings/" + supply + "/matches/" + demand + "/decline",
                "{\"reason\":\"BUDGET_MISMATCH\",\"note\":\"预算不足\"}");
        HttpResponse<String> closed = admin.post("v1/listings/" + demand + "/close", "");
        HttpResponse<String> closedUpdate = put(demand, "{\"title\":\"关闭后修改\"}");

        assertEquals(200, updated.statusCode(), updated.body());
        assertEquals(400, badUpdate.statusCode(), badUpdate.body());
        assertTrue(badUpdate.body().contains("disciplineCode"), badUpdate.body());
        assertEquals(204, declined.statusCode(), declined.body());
        assertEquals(200, closed.statusCode(), closed.body());
        assertEquals(409, closedUpdate.statusCode(), closedUpdate.body());
        assertTrue(admin.get("v1/listings/" + demand).body().contains("审计测试：废旧锂电池回收工艺需求"), "bad update stored nothing");

        List<Entry> trail = trailOf(demand);
        assertEquals(List.of("listing.create", "listing.update", "listing.decline", "listing.status"),
                trail.stream().map(Entry::action).toList());
        assertTrue(trail.stream().allMatch(e -> e.actor().equals("admin") && e.timed()), trail.toString());
        Entry create = trail.get(0);
        assertEquals(null, create.before());
        assertTrue(create.after().contains("审计测试：锂电池回收工艺需求") && create.after().contains("PUBLISHED"), create.after());
        Entry update = trail.get(1);
        assertTrue(update.before().contains("审计测试：锂电池回收工艺需求") && update.before().contains("120"), update.before());
        assertTrue(update.after().contains("审计测试：废旧锂电池回收工艺需求") && update.after().contains("湿法冶金")
                && update.after().contains("150"), update.after());
        assertFalse(trail.stream().anyMatch(e -> String.valueOf(e.after()).contains("不应保存的标题")));
        Entry decline = trail.get(2);
        assertTrue(decline.after().contains("BUDGET_MISMATCH") && decline.after().contains(String.valueOf(supply)), decline.after());
        assertEquals("预算不足", decline.detail());
        Entry status = trail.get(3);
        assertTrue(status.before().contains("PUBLISHED") && status.after().contains("CLOSED"), status.toString());

        assertEquals(List.of("listing.create", "listing.decline"), trailOf(supply).stream().map(Entry::action).toList());
    }

    @Test
    void aRefusedCreationLeavesNoAuditEntry() throws Exception {
        // the audit trail keeps a created listing's title (see above): a marker of this test's own finds its entry,
        // whatever other classes create meanwhile
        String marker = "审计拒收" + System.nanoTime();
        HttpResponse<String> refused = admin.post("v1/listings", "{\"kind\":\"REQUIREMENT\",\"title\":\"" + marker
                + "长".repeat(100_000) + "\",\"cityCode\":\"510900\"}");
        assertEquals(400, refused.statusCode());
        assertEquals(0, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'listing.create' AND after_state LIKE '%"
                + marker + "%'"), "no audit entry for the refused listing");
    }

    private long create(String json) throws Exception {
        HttpResponse<String> response = admin.post("v1/listings", json);
        assertEquals(201, response.statusCode(), response.body());
        return idOf(response.body());
    }

    private static HttpResponse<String> put(long id, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Deployments.BASE_URL + "/api/v1/listings/" + id))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "admin:Tianfu@2026".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json; charset=UTF-8")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private List<Entry> trailOf(long listingId) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT actor, action, before_state, after_state, "
                     + "detail, occurred_at FROM audit_entry WHERE target_type = 'Listing' AND target_id = ? ORDER BY id")) {
            select.setString(1, String.valueOf(listingId));
            List<Entry> entries = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    entries.add(new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getTimestamp(6) != null));
                }
            }
            return entries;
        }
    }

    private long count(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql);
             ResultSet rs = select.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
