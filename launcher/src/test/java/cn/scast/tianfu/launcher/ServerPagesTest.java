package cn.scast.tianfu.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServerPagesTest {

    private static final String DOMAIN = """
            <domain>
              <configs>
                <config name="server-config">
                  <http-service>
                    <access-log></access-log>
                    <virtual-server network-listeners="http-listener-1,http-listener-2" id="server"></virtual-server>
                    <virtual-server network-listeners="admin-listener" id="__asadmin"></virtual-server>
                  </http-service>
                  <microprofile-metrics-configuration></microprofile-metrics-configuration>
                </config>
                <config name="default-config">
                  <http-service>
                    <virtual-server network-listeners="http-listener-1, http-listener-2" id="server">
                      <property name="default-web-xml" value="x"></property>
                    </virtual-server>
                  </http-service>
                </config>
              </configs>
            </domain>
            """;

    @Test
    void theRootLeadsToTheApplicationAndErrorPagesAreChinese(@TempDir Path domain) throws IOException {
        Files.createDirectories(domain.resolve("docroot/img"));
        Files.writeString(domain.resolve("docroot/img/payara-logo.png"), "logo");

        Map<Integer, Path> pages = ServerPages.write(domain, "/tfkjy");

        assertFalse(Files.exists(domain.resolve("docroot/img")), "Payara's assets of its own root page are gone");
        String root = Files.readString(domain.resolve("docroot/index.html"), StandardCharsets.UTF_8);
        assertTrue(root.contains("url=/tfkjy/") && root.contains("天府科技云"), root);
        assertEquals(ServerPages.ERRORS.keySet(), pages.keySet());
        String notFound = Files.readString(pages.get(404), StandardCharsets.UTF_8);
        assertTrue(notFound.contains("404 · 页面不存在") && notFound.contains("<meta charset=\"UTF-8\"/>"), notFound);
        assertFalse(notFound.contains("Payara"), notFound);
    }

    @Test
    void theServersVirtualServerGetsOnePropertyPerPageAndKeepsOthers() {
        Map<Integer, Path> pages = new java.util.TreeMap<>(Map.of(404, Path.of("/d/config/tianfu-error-pages/404.html"),
                501, Path.of("/d/config/tianfu-error-pages/501.html")));

        String once = DomainConfiguration.withErrorPages(DOMAIN, pages);
        String twice = DomainConfiguration.withErrorPages(once, pages);

        assertEquals(once, twice, "applying it again changes nothing");
        String serverConfig = once.substring(0, once.indexOf("<config name=\"default-config\">"));
        assertTrue(serverConfig.contains("<property name=\"send-error_1\" value=\"code=404 path=/d/config/tianfu-error-pages/404.html\"></property>"), serverConfig);
        assertTrue(serverConfig.contains("<property name=\"send-error_2\" value=\"code=501 path=/d/config/tianfu-error-pages/501.html\"></property>"), serverConfig);
        assertTrue(serverConfig.contains("<virtual-server network-listeners=\"admin-listener\" id=\"__asadmin\"></virtual-server>"),
                "the admin listener's virtual server is left alone: " + serverConfig);
        assertFalse(once.substring(once.indexOf("<config name=\"default-config\">")).contains("send-error"), once);
    }

    @Test
    void aPathWithASpaceIsLeftOutBecausePayaraSplitsTheValueAtSpaces() {
        String xml = DomainConfiguration.withErrorPages(DOMAIN, Map.of(404, Path.of("/my data/404.html")));

        assertFalse(xml.contains("send-error"), xml);
    }

    @Test
    void remoteEjbJmxTheDataGridAndPayarasH2ListenOnLoopbackOrNowhere() {
        String domain = """
                <hazelcast-runtime-configuration></hazelcast-runtime-configuration>
                <jdbc-connection-pool name="__TimerPool">
                  <property name="URL" value="jdbc:h2:${com.sun.aas.instanceRoot}/lib/databases/ejbtimer;AUTO_SERVER=TRUE"></property>
                </jdbc-connection-pool>
                <config name="server-config">
                  <iiop-service>
                    <iiop-listener address="0.0.0.0" port="3700" lazy-init="true" id="orb-listener-1"></iiop-listener>
                  </iiop-service>
                  <admin-service system-jmx-connector-name="system" type="das-and-server">
                    <jmx-connector address="0.0.0.0" port="8686" name="system" auth-realm-name="admin-realm"></jmx-connector>
                  </admin-service>
                </config>
                """;

        String once = DomainConfiguration.internalsOnLoopback(domain);

        assertEquals(once, DomainConfiguration.internalsOnLoopback(once), "applying it again changes nothing");
        assertTrue(once.contains("<iiop-listener address=\"127.0.0.1\" port=\"3700\""), once);
        assertTrue(once.contains("<jmx-connector address=\"127.0.0.1\" port=\"8686\""), once);
        assertFalse(once.contains("0.0.0.0"), once);
        assertTrue(once.contains("<hazelcast-runtime-configuration das-bind-address=\"127.0.0.1\">"), once);
        assertTrue(once.contains("value=\"jdbc:h2:${com.sun.aas.instanceRoot}/lib/databases/ejbtimer\">"),
                "no H2 server beside the embedded timer database: " + once);
    }

    @Test
    void aFreshDomainWithoutAJmsServiceGetsADisabledOne() {
        String xml = DomainConfiguration.withoutJmsBroker(DOMAIN);

        String serverConfig = xml.substring(0, xml.indexOf("<config name=\"default-config\">"));
        assertTrue(serverConfig.contains("<jms-service type=\"DISABLED\"></jms-service>"), serverConfig);
        assertEquals(xml, DomainConfiguration.withoutJmsBroker(xml), "idempotent");
    }

    @Test
    void theApplicationLeftDeployedIsNotLoadedAtBootTheRunDeploysItAgain() {
        String servers = """
                <server name="server" config-ref="server-config">
                  <application-ref ref="__admingui" virtual-servers="__asadmin"></application-ref>
                  <application-ref ref="tianfu" virtual-servers="server"></application-ref>
                </server>
                """;

        String xml = DomainConfiguration.applicationNotLoadedAtBoot(servers, "tianfu");

        assertTrue(xml.contains("<application-ref enabled=\"false\" ref=\"tianfu\" virtual-servers=\"server\">"), xml);
        assertTrue(xml.contains("<application-ref ref=\"__admingui\" virtual-servers=\"__asadmin\">"), "others untouched: " + xml);
        assertEquals(xml, DomainConfiguration.applicationNotLoadedAtBoot(xml, "tianfu"), "idempotent");
    }

    @Test
    void metricsAreNotServed() {
        String xml = DomainConfiguration.withoutMetricsEndpoint(DOMAIN);

        assertTrue(xml.contains("<microprofile-metrics-configuration enabled=\"false\"></microprofile-metrics-configuration>"), xml);
        assertEquals(xml, DomainConfiguration.withoutMetricsEndpoint(xml));
    }
}
