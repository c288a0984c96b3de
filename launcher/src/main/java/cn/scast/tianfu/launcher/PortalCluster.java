package cn.scast.tianfu.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The public and self-service portal beside the back office: N Payara Micro nodes running the portal WAR, one
 * Hazelcast cluster (Payara's own clustering: shared web sessions), on the back office's database, behind nginx.
 * Ports are laid out from one base: node n listens on {@code base + n}, the balancer on {@code base}, and the
 * nodes' cluster members on {@code clusterBase + n - 1}.
 */
public final class PortalCluster implements AutoCloseable {

    /** What every node shares. */
    record Shared(String clusterName, String clusterMembers, int firstClusterPort, Path jdbcDriver,
                  Path preBootCommands, Path postBootCommands, String heap, List<String> jvmOptions) {
    }

    private final List<PortalNode> nodes = new ArrayList<>();
    private final PortalBalancer balancer;

    private PortalCluster(List<PortalNode> nodes, PortalBalancer balancer) {
        this.nodes.addAll(nodes);
        this.balancer = balancer;
    }

    /**
     * Lays out (but does not start) {@code count} nodes for a started platform.
     *
     * @param basePort    the balancer's port; nodes take the next ones
     * @param clusterBase the first Hazelcast member port
     */
    public static PortalCluster plan(Platform platform, int count, int basePort, int clusterBase, Path microJar,
                                     Path war) {
        if (count < 1) {
            throw new LaunchFailure("TFKJY_PORTAL_NODES must be at least 1");
        }
        requireFile(microJar, "Payara Micro");
        requireFile(war, "the portal WAR");
        Path home = platform.settings().dataDirectory().resolve("portal");
        try {
            Files.createDirectories(home);
            Path postBoot = home.resolve("post-boot.asadmin");
            List<String> commands = new ArrayList<>(PayaraServer.dataSourceCommands(platform.settings()));
            commands.addAll(platform.mailResourceCommands());
            Files.writeString(postBoot, String.join("\n", commands) + "\n", StandardCharsets.UTF_8);
            // As on the back office, no listener announces the server and its version. Set before boot: set after it,
            // the change restarts the HTTP listener, which now and then fails to bind again ("GrizzlyProxy is NULL")
            // and leaves the node without a port. No HTTP/2 either: nginx speaks HTTP/1.1 to the nodes, and a client's
            // cleartext upgrade to HTTP/2 can leave a Grizzly connection hanging (eclipse-ee4j/jersey#6059).
            Path preBoot = home.resolve("pre-boot.asadmin");
            Files.writeString(preBoot, String.join("\n",
                    "set configs.config.server-config.network-config.protocols.protocol.http-listener.http.server-header=false",
                    "set configs.config.server-config.network-config.protocols.protocol.http-listener.http.xpowered-by=false",
                    "set configs.config.server-config.network-config.protocols.protocol.http-listener.http.http2-enabled=false",
                    // only nginx on this machine talks to a node: its port is not a second, unfiltered door
                    "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1")
                    + "\n", StandardCharsets.UTF_8);
            // every member by address (Hazelcast's member list takes no port ranges here)
            String members = java.util.stream.IntStream.range(0, count)
                    .mapToObj(n -> "127.0.0.1:" + (clusterBase + n)).collect(java.util.stream.Collectors.joining(","));
            Shared shared = new Shared("tianfu-portal-" + basePort, members, clusterBase, jdbcDriver(), preBoot, postBoot,
                    System.getenv().getOrDefault("TFKJY_PORTAL_HEAP", "1g"), platform.settings().jvmOptions());
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            List<PortalNode> nodes = new ArrayList<>();
            for (int n = 1; n <= count; n++) {
                Path directory = home.resolve("node-" + n);
                nodes.add(new PortalNode(n, basePort + n, directory,
                        PortalNode.command(java, microJar, war, basePort + n, n, directory, shared)));
            }
            return new PortalCluster(nodes, new PortalBalancer(home.resolve("nginx"), basePort));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts every node (in parallel: each boots on its own), waits for them, then puts nginx in front. */
    public PortalCluster start(Duration timeout) {
        nodes.forEach(PortalNode::start);
        for (PortalNode node : nodes) {
            try {
                node.awaitUp(timeout);
            } catch (LaunchFailure e) {
                throw new LaunchFailure("portal node " + node.number() + " did not come up (log " + node.logFile()
                        + "): " + e.getMessage());
            }
        }
        balancer.start(nodes.stream().map(PortalNode::httpPort).toList());
        return this;
    }

    public List<PortalNode> nodes() {
        return List.copyOf(nodes);
    }

    public PortalNode node(int number) {
        return nodes.get(number - 1);
    }

    /** The portal's address through the balancer. */
    public String baseUrl() {
        return balancer.baseUrl();
    }

    @Override
    public void close() {
        balancer.stop();
        nodes.forEach(PortalNode::stop);
    }

    private static Path jdbcDriver() {
        try {
            return Path.of(Class.forName("org.mariadb.jdbc.Driver").getProtectionDomain().getCodeSource()
                    .getLocation().toURI());
        } catch (ClassNotFoundException | URISyntaxException e) {
            throw new LaunchFailure("the MariaDB driver is not on the launcher's class path: " + e.getMessage());
        }
    }

    private static void requireFile(Path file, String what) {
        if (!Files.isRegularFile(file)) {
            throw new LaunchFailure(what + " not found at " + file + ": build with mvn -DskipTests package");
        }
    }
}
