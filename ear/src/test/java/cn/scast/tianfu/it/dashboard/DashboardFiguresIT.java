package cn.scast.tianfu.it.dashboard;

import cn.scast.tianfu.dashboard.CityMarketFigures;
import cn.scast.tianfu.dashboard.DashboardService;
import cn.scast.tianfu.dashboard.DocumentedComparison;
import cn.scast.tianfu.dashboard.ListingMonthFigures;
import cn.scast.tianfu.dashboard.MarketTotals;
import cn.scast.tianfu.it.support.Deployments;
import cn.scast.tianfu.it.support.PlatformTest;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The user and listing figures of the dashboard count exactly the rows this test puts in the database. */
@PlatformTest
@Isolated // compares the platform-wide totals before and after its own additions
class DashboardFiguresIT {

    /** 甘孜藏族自治州; figures are compared before and after, so seed rows there do not matter. */
    private static final String CITY = "513300";
    private static final String MONTH = "2019-03";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(DashboardFiguresIT.class);
    }

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/DashboardService")
    private DashboardService dashboard;

    @Resource(lookup = "jdbc/tianfu")
    private DataSource dataSource;

    @AfterEach
    void removeInsertedRows() throws Exception {
        execute("DELETE FROM listing WHERE external_id LIKE 'DASH-IT-%'");
        execute("DELETE FROM mem_worker WHERE name LIKE '看板测试%'");
        execute("DELETE FROM mem_organisation WHERE name LIKE '看板测试%'");
    }

    @Test
    void usersAndListingsAreCountedByCityAndMonthAndComparedWithTheDocuments() throws Exception {
        CityMarketFigures cityBefore = city(dashboard.marketByCity());
        ListingMonthFigures monthBefore = month(dashboard.listingsByMonth());
        MarketTotals totalsBefore = dashboard.marketTotals();

        for (int i = 1; i <= 3; i++) {
            execute("INSERT INTO mem_worker (name, id_hash, id_masked, city_code, created_at) VALUES ('看板测试" + i
                    + "', SHA2('dashboard-it-" + i + "', 256), '513301********001X', '" + CITY + "', NOW(6))");
        }
        for (int i = 1; i <= 2; i++) {
            execute("INSERT INTO mem_organisation (type, name, credit_code, city_code, created_at) VALUES "
                    + "('ENTERPRISE_ASSOCIATION', '看板测试单位" + i + "', '91513300DASHIT000" + i + "', '" + CITY + "', NOW(6))");
        }
        listing("DASH-IT-S1", "SUPPLY", "TECH_SERVICE");
        listing("DASH-IT-S2", "SUPPLY", "HIGH_TECH");
        listing("DASH-IT-D1", "DEMAND", "REQUIREMENT");

        CityMarketFigures cityAfter = city(dashboard.marketByCity());
        ListingMonthFigures monthAfter = month(dashboard.listingsByMonth());
        MarketTotals totalsAfter = dashboard.marketTotals();
        assertEquals("甘孜藏族自治州", cityAfter.name());
        assertEquals(cityBefore.workers() + 3, cityAfter.workers());
        assertEquals(cityBefore.organisations() + 2, cityAfter.organisations());
        assertEquals(cityBefore.supplies() + 2, cityAfter.supplies());
        assertEquals(cityBefore.demands() + 1, cityAfter.demands());
        assertEquals(monthBefore.supplies() + 2, monthAfter.supplies());
        assertEquals(monthBefore.demands() + 1, monthAfter.demands());
        assertEquals(totalsBefore.workers() + 3, totalsAfter.workers());
        assertEquals(totalsBefore.listings() + 3, totalsAfter.listings());

        DocumentedComparison workers = dashboard.comparedWithDocuments().stream()
                .filter(c -> c.label().equals("科技工作者（团队）")).findFirst().orElseThrow();
        assertEquals(totalsAfter.workers(), workers.liveCount());
        assertEquals("万人", workers.unit());
        assertEquals(0, new BigDecimal("136").compareTo(workers.documented().value()), "quoted in the 2022 article");
        assertEquals("136 万人", workers.documentedText());
        assertTrue(workers.liveText().endsWith(" 万人"), workers.liveText());
    }

    private CityMarketFigures city(List<CityMarketFigures> rows) {
        assertEquals(21, rows.size(), "every city, also those without data");
        return rows.stream().filter(r -> r.code().equals(CITY)).findFirst().orElseThrow();
    }

    private static ListingMonthFigures month(List<ListingMonthFigures> rows) {
        return rows.stream().filter(r -> r.month().equals(MONTH)).findFirst()
                .orElse(new ListingMonthFigures(MONTH, 0, 0));
    }

    private void listing(String externalId, String side, String kind) throws Exception {
        execute("INSERT INTO listing (external_id, side, kind, title, city_code, status, created_at) VALUES ('"
                + externalId + "', '" + side + "', '" + kind + "', '看板测试发布', '" + CITY + "', 'DRAFT', '"
                + MONTH + "-15 10:00:00')");
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
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
