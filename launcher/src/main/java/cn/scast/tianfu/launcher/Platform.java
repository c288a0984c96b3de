package cn.scast.tianfu.launcher;

import cn.scast.tianfu.launcher.mail.DevelopmentMailServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** MariaDB (embedded or external) plus a configured Payara domain: what the run command and the ITs share. */
public final class Platform implements AutoCloseable {

    private RuntimeSettings settings;
    private final PayaraServer payara;
    private final AdminCredentials admin;
    private Optional<EmbeddedMariaDb> embeddedDatabase = Optional.empty();
    private final MailSettings mail = MailSettings.fromEnvironment(System.getenv());
    private Optional<DevelopmentMailServer> mailServer = Optional.empty();
    private boolean payaraStarted;

    public Platform(RuntimeSettings settings) {
        this.settings = settings;
        this.admin = AdminCredentials.loadOrCreate(settings.dataDirectory());
        this.payara = new PayaraServer(settings.payaraHome(), admin, settings.adminPort());
    }

    /**
     * Starts the database, the development mail server and Payara. The embedded database boots beside Payara
     * (each takes 10-15 s): the server's pools open connections only when the application first asks. An
     * external database is probed first, so a wrong address fails before anything starts. Whatever started is
     * stopped again when a later step fails.
     */
    public Platform start() {
        CompletableFuture<EmbeddedMariaDb> booting = null;
        if (settings.usesEmbeddedDatabase()) {
            DatabaseCredentials credentials = DatabaseCredentials.loadOrCreate(settings.dataDirectory());
            Path directory = settings.dataDirectory().resolve("mariadb");
            int port = settings.embeddedDatabasePort();
            booting = CompletableFuture.supplyAsync(
                    () -> EmbeddedMariaDb.start(directory, port, RuntimeSettings.SCHEMA, credentials));
            settings = settings.withDatabaseAccount(credentials.appUser(), credentials.appPassword());
        } else {
            DatabaseProbe.requireReachable(settings);
        }
        try {
            if (mail.developmentServer()) {
                mailServer = Optional.of(DevelopmentMailServer.start(mail.smtpPort(), mail.imapPort()));
            }
            payara.start(settings, settings.dataDirectory().resolve("payara"), mail.resourceCommands());
            payaraStarted = true;
            if (booting != null) {
                embeddedDatabase = Optional.of(joined(booting));
                DatabaseProbe.requireReachable(settings);
            }
        } catch (IOException e) {
            stopAfterFailedStart(booting);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            stopAfterFailedStart(booting);
            throw e;
        }
        return this;
    }

    private void stopAfterFailedStart(CompletableFuture<EmbeddedMariaDb> booting) {
        if (booting != null && embeddedDatabase.isEmpty()) {
            try {
                embeddedDatabase = Optional.of(joined(booting));
            } catch (RuntimeException databaseFailedToo) {
                // nothing of it to stop
            }
        }
        close();
    }

    private static EmbeddedMariaDb joined(CompletableFuture<EmbeddedMariaDb> booting) {
        try {
            return booting.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    public void deployApplication() {
        payara.deploy(settings.earFile());
    }

    public void undeployApplication() {
        payara.undeployIfPresent();
    }

    /** After {@link #start()}: with the database account actually used (the generated one when embedded). */
    public RuntimeSettings settings() {
        return settings;
    }

    public AdminCredentials admin() {
        return admin;
    }

    /** The development mail server, when the launcher runs one (no TFKJY_SMTP_HOST). */
    public Optional<DevelopmentMailServer> mailServer() {
        return mailServer;
    }

    /** Post-boot commands that create the application's mail session (portal nodes send mail too). */
    public List<String> mailResourceCommands() {
        return mail.resourceCommands();
    }

    /** Where the application's mail goes, for the console. */
    public String mailDescription() {
        return mailServer.map(DevelopmentMailServer::describe)
                .orElse("mail: SMTP " + mail.effectiveHost() + ":" + mail.smtpPort());
    }

    public Path serverLog() {
        return payara.logFile();
    }

    @Override
    public void close() {
        try {
            if (payaraStarted) {
                payaraStarted = false;
                payara.stop();
            }
        } catch (LaunchFailure e) {
            System.err.println(e.getMessage());
        } finally {
            // whatever happened to Payara (or to the console), the database and mail server go down too
            mailServer.ifPresent(DevelopmentMailServer::close);
            mailServer = Optional.empty();
            embeddedDatabase.ifPresent(EmbeddedMariaDb::close);
            embeddedDatabase = Optional.empty();
        }
    }
}
