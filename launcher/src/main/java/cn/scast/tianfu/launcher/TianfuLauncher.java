package cn.scast.tianfu.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The run command: embedded (or external) MariaDB, Payara Server, the EAR, seeds loaded by the
 * application itself on first start. Prints the admin URL and the time until the first page served.
 * Ctrl-C stops Payara, then MariaDB.
 */
public final class TianfuLauncher {

    private TianfuLauncher() {
    }

    public static void main(String[] args) throws InterruptedException {
        long started = System.nanoTime();
        RuntimeSettings settings;
        Platform platform;
        try {
            settings = RuntimeSettings.fromEnvironment(System.getenv(),
                    Path.of(System.getProperty("user.home"), ".tianfu"));
            // the server runs from the data directory: mvn clean cannot pull its files away while it runs
            settings = settings.withPayaraHome(PayaraInstallation.provide(settings.payaraHome(),
                    settings.dataDirectory().resolve("payara")));
            platform = new Platform(settings);
        } catch (RuntimeException e) {
            System.err.println("天府科技云: " + e.getMessage());
            System.exit(2);
            return;
        }
        Path pidFile = settings.dataDirectory().resolve("launcher.pid");
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicReference<PortalCluster> portal = new AtomicReference<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                System.out.println("天府科技云: stopping Payara and the database ...");
            } catch (RuntimeException consoleGone) {
                // Maven's console stream can fail while the JVM shuts down (output redirected to a file);
                // the servers must still be stopped.
            } finally {
                PortalCluster cluster = portal.get();
                if (cluster != null) {
                    cluster.close();
                }
                platform.close();
                pidFile.toFile().delete();
                stopped.countDown();
            }
        }, "tianfu-shutdown"));
        try {
            System.out.println("天府科技云: database " + (settings.usesEmbeddedDatabase()
                    ? "embedded MariaDB in " + settings.dataDirectory().resolve("mariadb")
                    : settings.databaseUrl()));
            java.nio.file.Files.createDirectories(settings.dataDirectory());
            // ./tianfu stop sends SIGINT to this process, which runs the same shutdown as Ctrl-C.
            java.nio.file.Files.writeString(pidFile, Long.toString(ProcessHandle.current().pid()));
            platform.start();
            platform.deployApplication();
            String httpBase = settings.httpBase();
            String healthUrl = httpBase + PayaraServer.CONTEXT_ROOT + "/api/health";
            PayaraServer.awaitOk(healthUrl, Duration.ofMinutes(3));
            PayaraServer.awaitOk(httpBase + PayaraServer.CONTEXT_ROOT + "/login.xhtml", Duration.ofMinutes(1));
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("天府科技云 is up after %.1f s: admin UI %s%s/  (health %s, OpenAPI %s/openapi)%n",
                    seconds, httpBase, PayaraServer.CONTEXT_ROOT, healthUrl, httpBase);
            System.out.println("天府科技云: Payara admin console http://localhost:" + settings.adminPort() + " (user " + AdminCredentials.USER
                    + ", password in " + platform.admin().passwordFile() + ")" + (settings.usesEmbeddedDatabase()
                    ? "; database accounts in " + DatabaseCredentials.file(settings.dataDirectory()).toAbsolutePath()
                    : ""));
            System.out.println("天府科技云: " + platform.mailDescription());
            int portalNodes = PortalSettings.nodes(System.getenv());
            if (portalNodes > 0) {
                System.out.println("天府科技云: starting " + portalNodes + " portal node(s) on Payara Micro ...");
                PortalCluster cluster = PortalCluster.plan(platform, portalNodes, PortalSettings.port(System.getenv()),
                        PortalSettings.clusterPort(System.getenv()), PortalSettings.microJar(), PortalSettings.war());
                portal.set(cluster);
                cluster.start(Duration.ofMinutes(5));
                System.out.printf("天府科技云: portal %s/ (nginx in front of %d Payara Micro nodes: %s)%n",
                        cluster.baseUrl(), portalNodes, cluster.nodes().stream().map(PortalNode::baseUrl).toList());
            }
            System.out.println("天府科技云: press Ctrl-C to stop.");
        } catch (LaunchFailure e) {
            System.err.println("天府科技云: " + e.getMessage());
            System.exit(1);
        } catch (java.io.IOException e) {
            System.err.println("天府科技云: cannot write to " + settings.dataDirectory() + " (" + e.getMessage()
                    + "): check TFKJY_DATA_DIR");
            System.exit(1);
        }
        stopped.await();
    }
}
