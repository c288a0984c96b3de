package cn.scast.tianfu.it.concierge;

import cn.scast.tianfu.it.support.ApiCalls;
import cn.scast.tianfu.it.support.Browser;
import cn.scast.tianfu.it.support.Deployments;
import cn.scast.tianfu.it.support.PlatformTest;
import jakarta.annotation.Resource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Client names with characters outside the BMP (𠮷 U+20BB7, 𠀀 U+20000, 𡈼 U+2123C, common in names) are
 * valid data. ChromeDriver cannot type them, so this test creates them through the API, reads them back
 * through the API and on the concierge page, and checks how the database stores and sorts them.
 */
@PlatformTest
class ConciergeRareCharactersIT {

    private static final String ADMIN = "admin";
    private static final String PASSWORD = "Tianfu@2026";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(ConciergeRareCharactersIT.class);
    }

    @Resource(lookup = "jdbc/tianfu")
    private DataSource dataSource;

    @Test
    @RunAsClient
    void aClientNameWithASupplementaryCharacterIsReadBackAndShownOnTheConciergePage() throws Exception {
        String client = "绵阳𠮷祥电子有限公司" + System.nanoTime() % 1_000_000;
        long id = open(client);

        HttpResponse<String> read = ApiCalls.as(ADMIN, PASSWORD).get("v1/concierge/orders/" + id);
        assertEquals(200, read.statusCode(), read.body());
        assertTrue(read.body().contains("\"clientName\":\"" + client + "\""), read.body());

        try (Browser browser = new Browser()) {
            browser.signInAt("/admin/concierge/index.xhtml", ADMIN, PASSWORD);
            browser.awaitText("recentForm:recent", client);
        }
    }

    @Test
    void theColumnIsUtf8mb4AndStoresAndSortsSupplementaryCharactersByCodePoint() throws Exception {
        String tag = "稀字排序" + System.nanoTime() % 1_000_000 + "-";
        for (String rare : List.of("𡈼", "𠀀", "𠮷")) {
            open(tag + rare + "科技有限公司");
        }

        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement column = connection.prepareStatement("SELECT CHARACTER_SET_NAME FROM "
                    + "information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'concierge_order' "
                    + "AND COLUMN_NAME = 'client_name'");
                 ResultSet rs = column.executeQuery()) {
                assertTrue(rs.next(), "concierge_order.client_name exists");
                assertEquals("utf8mb4", rs.getString(1));
            }
            List<String> names = new ArrayList<>();
            try (PreparedStatement sorted = connection.prepareStatement("SELECT client_name, CHAR_LENGTH(client_name) "
                    + "FROM concierge_order WHERE client_name LIKE ? ORDER BY client_name COLLATE utf8mb4_bin")) {
                sorted.setString(1, tag + "%");
                try (ResultSet rs = sorted.executeQuery()) {
                    while (rs.next()) {
                        String name = rs.getString(1);
                        assertEquals(name.codePointCount(0, name.length()), rs.getInt(2), "one character each: " + name);
                        names.add(name);
                    }
                }
            }
            assertEquals(List.of(tag + "𠀀科技有限公司", tag + "𠮷科技有限公司", tag + "𡈼科技有限公司"), names,
                    "stored unchanged, in code point order");
        }
    }

    private static long open(String client) throws Exception {
        HttpResponse<String> created = ApiCalls.as(ADMIN, PASSWORD).post("v1/concierge/orders",
                "{\"clientType\":\"ENTERPRISE\",\"clientName\":\"" + client
                        + "\",\"cityCode\":\"510700\",\"title\":\"稀有字名称测试\",\"policy\":\"一单一策\"}");
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.body().contains("\"clientName\":\"" + client + "\""), created.body());
        return ApiCalls.idOf(created.body());
    }
}
