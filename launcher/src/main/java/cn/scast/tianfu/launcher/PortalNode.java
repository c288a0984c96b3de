package cn.scast.tianfu.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One Payara Micro node of the portal: its own JVM, HTTP port, Hazelcast member, matching index and log, all under
 * {@code <data>/portal/node-<n>} (log: {@code console.log}). The index folder outlives the process, so a node that was stopped or killed
 * catches up from its last outbox position instead of rebuilding.
 */
public final class PortalNode {

    private final int number;
    private final int httpPort;
    private final Path directory;
    private final List<String> command;
    private Process process;

    PortalNode(int number, int httpPort, Path directory, List<String> command) {
        this.number = number;
        this.httpPort = httpPort;
        this.directory = directory;
        this.command = List.copyOf(command);
    }

    public int number() {
        return number;
    }

    public int httpPort() {
        return httpPort;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + httpPort + PayaraServer.CONTEXT_ROOT;
    }

    public Path logFile() {
        return directory.resolve("console.log");
    }

    Path directory() {
        return directory;
    }

    /** Starts the JVM (the WAR deploys while it boots); {@link #awaitUp} waits for the application. */
    public void start() {
        if (running()) {
            return;
        }
        try {
            clearRootKeepingLogs(directory);
            for (String sub : List.of("root", "runtime", "tmp", "index")) {
                Files.createDirectories(directory.resolve(sub)); // Payara Micro refuses a missing --rootdir
            }
            process = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("console.log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new LaunchFailure("cannot start portal node " + number + ": " + e.getMessage());
        }
    }

    /**
     * Payara Micro reloads every application recorded in a reused {@code --rootdir} and then deploys the
     * {@code --deploy} WAR again over it: a restart would deploy the portal twice (about 10 s), the first time
     * from a copy that may be older than the WAR. So each start begins with an empty root; its logs stay.
     */
    static void clearRootKeepingLogs(Path nodeDirectory) throws IOException {
        Path root = nodeDirectory.resolve("root");
        if (!Files.isDirectory(root)) {
            return;
        }
        try (var entries = Files.list(root)) {
            for (Path entry : entries.filter(entry -> !entry.getFileName().toString().equals("logs")).toList()) {
                PayaraInstallation.deleteRecursively(entry);
            }
        }
    }

    /** Waits until the node's application answers its health check (deployment and index opened). */
    public void awaitUp(Duration timeout) {
        PayaraServer.awaitOk(baseUrl() + "/api/health", timeout);
    }

    public boolean running() {
        return process != null && process.isAlive();
    }

    /** As a crash would: SIGKILL, no shutdown hooks, nothing flushed. */
    public void kill() {
        if (process != null) {
            process.destroyForcibly();
            waitForEnd(Duration.ofSeconds(30));
        }
    }

    /** Orderly stop (SIGTERM: Payara Micro undeploys and leaves the cluster). */
    public void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!waitForEnd(Duration.ofSeconds(60))) {
                kill();
            }
        }
    }

    private boolean waitForEnd(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The java command line of a node (package-private for the cluster that builds it). */
    static List<String> command(Path java, Path microJar, Path war, int httpPort, int number, Path directory,
                                PortalCluster.Shared shared) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.add("-Xmx" + shared.heap());
        command.addAll(shared.jvmOptions());
        // the session store's cluster port on the loopback address (--interfaces) only: Hazelcast binds every
        // interface otherwise, and an unauthenticated member from elsewhere could join and read sessions
        command.add("-Dhazelcast.socket.bind.any=false");
        command.add("-Dtianfu.node.role=portal");
        command.add("-Dtianfu.index.dir=" + directory.resolve("index"));
        command.add("-Dtianfu.http.port=" + httpPort);
        // the balancer on this host is the only proxy whose X-Forwarded-For the sign-in throttle believes
        command.add("-Dtianfu.trustedProxies=127.0.0.1");
        command.add("-Djava.io.tmpdir=" + directory.resolve("tmp"));
        command.add("-jar");
        command.add(microJar.toString());
        command.addAll(List.of(
                "--deploy", war.toString(),
                "--contextroot", PayaraServer.CONTEXT_ROOT,
                "--port", Integer.toString(httpPort),
                "--name", "portal-" + number,
                "--clustername", shared.clusterName(),
                "--clustermode", "tcpip:" + shared.clusterMembers(),
                "--startport", Integer.toString(shared.firstClusterPort() + number - 1),
                "--interfaces", "127.0.0.1",
                "--nohostaware",
                "--addlibs", shared.jdbcDriver().toString(),
                "--prebootcommandfile", shared.preBootCommands().toString(),
                "--postbootcommandfile", shared.postBootCommands().toString(),
                "--rootdir", directory.resolve("root").toString(),
                "--unpackdir", directory.resolve("runtime").toString(),
                "--disablephonehome"));
        return command;
    }
}
