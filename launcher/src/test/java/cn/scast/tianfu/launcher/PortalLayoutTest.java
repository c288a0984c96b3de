package cn.scast.tianfu.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PortalLayoutTest {

    private final PortalCluster.Shared shared = new PortalCluster.Shared("tianfu-portal-8000",
            "127.0.0.1:5901,127.0.0.1:5902", 5901, Path.of("/lib/mariadb.jar"), Path.of("/data/portal/pre-boot.asadmin"),
            Path.of("/data/portal/post-boot.asadmin"),
            "1g", List.of("-XX:TieredStopAtLevel=1"));

    @Test
    void theBalancerListensOnLoopbackKeepsSessionsOnTheirNodeAndSkipsDeadOnes() {
        String conf = PortalBalancer.configuration(Path.of("/data/portal/nginx"), 8000, List.of(8001, 8002));
        assertTrue(conf.contains("listen 127.0.0.1:8000;"), conf);
        assertTrue(conf.contains("server 127.0.0.1:8001 ") && conf.contains("server 127.0.0.1:8002 "), conf);
        assertTrue(conf.contains("hash $cookie_JSESSIONID consistent;"), conf);
        assertTrue(conf.contains("proxy_next_upstream error timeout"), conf);
        assertTrue(conf.contains("server_tokens off;"), conf);
        assertTrue(conf.contains("location /tfkjy/ {") && conf.contains("return 404 '<!DOCTYPE html>") && conf.contains("页面不存在"),
                "only the portal's paths reach the nodes: " + conf);
        assertFalse(conf.contains("%"), "every placeholder filled: " + conf);
    }

    @Test
    void eachNodeRunsThePortalRoleWithItsOwnIndexPortAndClusterMember() {
        List<String> command = PortalNode.command(Path.of("/jdk/bin/java"), Path.of("/m/payara-micro.jar"),
                Path.of("/w/tianfu-portal.war"), 8002, 2, Path.of("/data/portal/node-2"), shared);
        assertTrue(command.contains("-Dtianfu.node.role=portal"), command.toString());
        assertTrue(command.contains("-Dhazelcast.socket.bind.any=false") && command.contains("--interfaces"),
                "the cluster port on the loopback address only: " + command);
        assertTrue(command.contains("-Dtianfu.index.dir=/data/portal/node-2/index"), command.toString());
        assertEquals("8002", command.get(command.indexOf("--port") + 1));
        assertEquals("5902", command.get(command.indexOf("--startport") + 1));
        assertEquals("tcpip:127.0.0.1:5901,127.0.0.1:5902", command.get(command.indexOf("--clustermode") + 1));
        assertEquals(PayaraServer.CONTEXT_ROOT, command.get(command.indexOf("--contextroot") + 1));
        assertTrue(command.indexOf("-XX:TieredStopAtLevel=1") < command.indexOf("-jar"), "TFKJY_JVM_OPTIONS go to the JVM");
        assertEquals("/data/portal/pre-boot.asadmin", command.get(command.indexOf("--prebootcommandfile") + 1),
                "the listener settings apply before it starts");
    }

    @Test
    void aNodeStartsFromAnEmptyRootSoThePortalIsDeployedOnceButKeepsItsLogs(@TempDir Path node) throws IOException {
        Path root = node.resolve("root");
        Files.createDirectories(root.resolve("applications/tianfu-portal/WEB-INF"));
        Files.writeString(root.resolve("applications/tianfu-portal/WEB-INF/web.xml"), "<web-app/>");
        Files.createDirectories(root.resolve("config"));
        Files.writeString(root.resolve("config/domain.xml"), "<application name=\"tianfu-portal\"/>");
        Files.createDirectories(root.resolve("logs"));
        Files.writeString(root.resolve("logs/server.log"), "earlier run");

        PortalNode.clearRootKeepingLogs(node);

        try (var left = Files.list(root)) {
            assertEquals(List.of(root.resolve("logs")), left.toList());
        }
        assertEquals("earlier run", Files.readString(root.resolve("logs/server.log")));
        PortalNode.clearRootKeepingLogs(node.resolve("never-started")); // nothing there yet: nothing to do
    }

    @Test
    void withoutSettingsTheRunCommandStartsNoPortal() {
        assertEquals(0, PortalSettings.nodes(Map.of()));
        assertEquals(2, PortalSettings.nodes(Map.of(PortalSettings.NODES, " 2 ")));
        assertThrows(LaunchFailure.class, () -> PortalSettings.nodes(Map.of(PortalSettings.NODES, "two")));
    }
}
