package cn.scast.tianfu.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Drives a Payara Server 6 installation through asadmin: configure, start, deploy, stop. */
public final class PayaraServer {

    public static final String DOMAIN = "domain1";
    public static final String APPLICATION = "tianfu";
    public static final String CONTEXT_ROOT = "/tfkjy";

    private final Path home;
    private final Path logFile;
    private final AdminCredentials admin;
    private final int adminPort;

    public PayaraServer(Path home, AdminCredentials admin, int adminPort) {
        this.home = home;
        this.admin = admin;
        this.adminPort = adminPort;
        this.logFile = home.resolve("glassfish/domains/" + DOMAIN + "/logs/server.log");
    }

    /**
     * Starts the domain with the data sources and batch runtime pointed at the given database.
     * The post-boot file recreates the resources on every start, so a changed URL or password applies.
     */
    public void start(RuntimeSettings settings, Path workDirectory) throws IOException {
        start(settings, workDirectory, List.of());
    }

    /** As {@link #start(RuntimeSettings, Path)}, with further post-boot commands (e.g. the mail session). */
    public void start(RuntimeSettings settings, Path workDirectory, List<String> moreCommands) throws IOException {
        Path config = home.resolve("glassfish/domains/" + DOMAIN + "/config");
        Path domainXml = config.resolve("domain.xml");
        DomainConfiguration.tune(domainXml);
        DomainConfiguration.harden(domainXml);
        DomainConfiguration.applicationNotLoadedAtBoot(domainXml, APPLICATION);
        DomainConfiguration.usePorts(domainXml, settings.httpPort(), settings.adminPort());
        DomainConfiguration.useExtraJvmOptions(domainXml, settings.jvmOptions());
        // the installation may be fresh (empty password) or from a run with another data directory
        AdminKeyfile.ensurePassword(config.resolve("admin-keyfile"), admin.user(), admin.password());
        DomainConfiguration.pointBatchRuntimeAt(domainXml, schemaOf(settings.databaseUrl()));
        Files.createDirectories(workDirectory);
        Path postBoot = workDirectory.resolve("post-boot.asadmin");
        List<String> commands = new ArrayList<>(resourceCommands(settings));
        commands.addAll(moreCommands);
        String bootMark = Long.toHexString(new java.security.SecureRandom().nextLong());
        commands.add("create-system-properties " + BOOT_MARK + "=" + bootMark);
        Files.writeString(postBoot, String.join("\n", commands) + "\n", StandardCharsets.UTF_8);
        asadmin(Duration.ofMinutes(4), "start-domain", "--postbootcommandfile", postBoot.toString(), DOMAIN);
        try {
            awaitBootCommands(bootMark, Duration.ofMinutes(4));
        } catch (LaunchFailure e) {
            stop(); // leave no half-configured server on the ports
            throw e;
        }
    }

    /** The system property the last post-boot command sets, to a value new at every start. */
    static final String BOOT_MARK = "tianfu.bootCommandsDone";

    /**
     * start-domain returns once the server is up, while Payara still runs the post-boot commands in another
     * thread. A deployment that starts meanwhile can meet a configuration change half-way: the config
     * listeners then wait on the deployment (JMSConfigListener, 200 s until hk2's notification timeout), and
     * the deployment on them. So nothing is deployed until the last command has set this start's mark.
     */
    private void awaitBootCommands(String bootMark, Duration timeout) {
        HttpClient client = plainHttp();
        String basic = java.util.Base64.getEncoder().encodeToString(
                (admin.user() + ":" + admin.password()).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + adminPort + "/management/domain/servers/server/server/system-properties"))
                .header("Accept", "application/json").header("Authorization", "Basic " + basic)
                .timeout(Duration.ofSeconds(10)).build();
        Instant deadline = Instant.now().plus(timeout);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains(bootMark)) {
                    return;
                }
                last = "HTTP " + response.statusCode();
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LaunchFailure("interrupted while waiting for the post-boot commands");
            }
            sleep(200);
        }
        throw new LaunchFailure("the post-boot commands did not finish within " + timeout.toSeconds() + " s ("
                + last + "; see " + logFile + ")");
    }

    /**
     * The EJB application id every deployment of the run command gets (low 16 bits free for the EJB ordinals;
     * far above the ids Payara generates from the clock, so it meets no other application's).
     */
    static final long EJB_APPLICATION_ID = 0x7466L << 48;

    /**
     * Deploys the EAR, replacing an earlier deployment of the same name, always under the same EJB application
     * id. Payara's batch runtime tags every job instance with the component id of the EJB that started it
     * (JobControl, id = application id + ordinal) and lets only that component see or restart it. Payara draws
     * a new application id at every deployment, and {@code --keepstate} cannot carry the old one over after a
     * new start (the application is not loaded when the run command deploys again, so nothing hands its id
     * on): a job interrupted by a crash could not be restarted by the next run. A fixed id can.
     */
    public void deploy(Path ear) {
        try {
            deployOnce(ear);
        } catch (LaunchFailure e) {
            if (!e.getMessage().contains("already in use")) {
                throw e;
            }
            // still registered in domain.xml but not loaded at the start (its expanded files are gone, e.g. after a
            // stop cut short): even --force refuses the name until the stale registration is removed
            undeploy();
            deployOnce(ear);
        }
    }

    private void deployOnce(Path ear) {
        // --enabled: a forced redeployment otherwise keeps the registration's state, disabled for the boot
        asadmin(Duration.ofMinutes(6), "deploy", "--force=true", "--enabled=true", "--name", APPLICATION,
                "--properties", "org.glassfish.ejb.container.application_unique_id=" + EJB_APPLICATION_ID,
                ear.toString());
    }

    /** Removes a deployment left by an earlier run that ended without undeploying (killed, or the domain reused). */
    public void undeployIfPresent() {
        Path domainXml = home.resolve("glassfish/domains/" + DOMAIN + "/config/domain.xml");
        try {
            if (!java.util.regex.Pattern.compile("<application [^>]*name=\"" + APPLICATION + "\"")
                    .matcher(Files.readString(domainXml, StandardCharsets.UTF_8)).find()) {
                return; // nothing deployed: spare the asadmin call (a JVM start)
            }
        } catch (IOException e) {
            // cannot tell: ask the server
        }
        undeploy();
    }

    /** Removes the application's registration; one that is already gone is no failure. */
    private void undeploy() {
        try {
            asadmin(Duration.ofMinutes(2), "undeploy", APPLICATION);
        } catch (LaunchFailure e) {
            if (!e.getMessage().contains("not registered") && !e.getMessage().contains("not deployed")) {
                throw e;
            }
        }
    }

    public void stop() {
        try {
            asadmin(Duration.ofMinutes(2), "stop-domain", DOMAIN);
        } catch (LaunchFailure e) {
            // Ctrl-C reaches the server JVM too, which then stops by itself: nothing left to do.
            if (!e.getMessage().contains("not running")) {
                throw e;
            }
        }
    }

    public Path logFile() {
        return logFile;
    }

    /**
     * A client that speaks HTTP/1.1 only. The JDK client's default first asks a cleartext server to upgrade to HTTP/2
     * (h2c); Grizzly can leave such a connection hanging (eclipse-ee4j/jersey#6059), and the client then sends every
     * later poll down the same stuck connection: a portal node that was up answered none of them for four minutes.
     */
    static HttpClient plainHttp() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
    }

    /** Polls a URL until it answers 200; returns when it did. */
    public static void awaitOk(String url, Duration timeout) {
        HttpClient client = plainHttp();
        Instant deadline = Instant.now().plus(timeout);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> response = client.send(
                        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                last = "HTTP " + response.statusCode() + " " + response.body();
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LaunchFailure("interrupted while waiting for " + url);
            }
            sleep(500);
        }
        throw new LaunchFailure(url + " did not answer 200 within " + timeout.toSeconds() + " s: " + last);
    }

    /** The application's two data sources (a portal node needs both: the batch module's beans name jdbc/batch). */
    static List<String> dataSourceCommands(RuntimeSettings settings) {
        String appUrl = settings.databaseUrl();
        String batchUrl = appUrl + (appUrl.contains("?") ? "&" : "?") + "useMysqlMetadata=true";
        return List.of(createPool("TianfuPool", appUrl, settings, 32),
                "create-jdbc-resource --connectionpoolid TianfuPool jdbc/tianfu",
                // Payara's batch runtime knows MySQL but not MariaDB: this pool reports itself as MySQL.
                createPool("TianfuBatchPool", batchUrl, settings, 8),
                "create-jdbc-resource --connectionpoolid TianfuBatchPool jdbc/batch");
    }

    static List<String> resourceCommands(RuntimeSettings settings) {
        List<String> commands = new ArrayList<>();
        commands.add("delete-jdbc-resource jdbc/tianfu");
        commands.add("delete-jdbc-connection-pool TianfuPool");
        commands.add("delete-jdbc-resource jdbc/batch");
        commands.add("delete-jdbc-connection-pool TianfuBatchPool");
        commands.addAll(dataSourceCommands(settings));
        // The batch runtime's data source and schema are written into domain.xml before the start
        // (DomainConfiguration.pointBatchRuntimeAt): a post-boot command would apply only after a restart.
        // Where the import inbox and the matching index live: beside the database, under the data directory.
        commands.add("create-system-properties tianfu.inbox.dir=" + escape(settings.dataDirectory().resolve("inbox")
                .toAbsolutePath().toString()) + ":tianfu.index.dir=" + escape(settings.dataDirectory()
                .resolve("index").toAbsolutePath().toString()) + ":tianfu.http.port=" + settings.httpPort());
        // The batch runtime logs why a CDI artifact could not be loaded only at FINE, and then reports a
        // misleading "failed to load artifact" from its class-name fallback: keep the real cause in server.log.
        commands.add("set-log-levels com.ibm.jbatch.container.services.impl.CDIBatchArtifactFactoryImpl=FINE");
        return commands;
    }

    private static String createPool(String name, String url, RuntimeSettings settings, int maxSize) {
        // GlassFish writes an empty password as "()".
        String password = settings.databasePassword().isEmpty() ? "()" : escape(settings.databasePassword());
        String properties = "url=" + escape(url) + ":user=" + escape(settings.databaseUser()) + ":password=" + password;
        // XA for both pools: a chunk's rows (application pool) and its checkpoint (batch pool) commit
        // in one transaction, so a job restarted after a crash resumes exactly where data was committed.
        // Each connection handed out is checked with Connection.isValid (one ping) rather than by switching
        // auto-commit off and on (two statements per query outside a transaction).
        return "create-jdbc-connection-pool --datasourceclassname=org.mariadb.jdbc.MariaDbDataSource"
                + " --restype=javax.sql.XADataSource --steadypoolsize=2 --maxpoolsize=" + maxSize
                + " --isconnectvalidatereq=true --validationmethod=custom-validation"
                + " --validationclassname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation"
                + " --property " + properties + " " + name;
    }

    static String schemaOf(String jdbcUrl) {
        String afterHost = jdbcUrl.substring(jdbcUrl.indexOf("//") + 2);
        int slash = afterHost.indexOf('/');
        if (slash < 0) {
            throw new LaunchFailure(RuntimeSettings.DB_URL + " must name a schema, e.g. jdbc:mariadb://host:3306/tfkjy");
        }
        String path = afterHost.substring(slash + 1);
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    /** asadmin property lists use ':' between entries and '=' inside them; both must be escaped in values. */
    static String escape(String value) {
        return value.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=");
    }

    private void asadmin(Duration timeout, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/asadmin").toString());
        command.add("--interactive=false");
        command.add("--port=" + adminPort);
        command.add("--user=" + admin.user());
        command.add("--passwordfile=" + admin.passwordFile());
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(timeout.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new LaunchFailure("asadmin " + arguments[0] + " did not finish in " + timeout.toSeconds() + " s");
            }
            if (process.exitValue() != 0) {
                throw new LaunchFailure("asadmin " + arguments[0] + " failed: " + output.strip()
                        + " (see " + logFile + ")");
            }
        } catch (IOException e) {
            throw new LaunchFailure("cannot run asadmin in " + home + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchFailure("interrupted during asadmin " + arguments[0]);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
