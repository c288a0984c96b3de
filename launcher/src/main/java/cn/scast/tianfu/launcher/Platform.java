package cn.scast.tianfu.launcher;

import cn.scast.tianfu.launcher.mail.DevelopmentMailServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

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

    public Platform start() {
        if (settings.usesEmbeddedDatabase()) {
            DatabaseCredentials credentials = DatabaseCredentials.loadOrCreate(settings.dataDirectory());
            embeddedDatabase = Optional.of(EmbeddedMariaDb.start(settings.dataDirectory().resolve("mariadb"),
                    settings.embeddedDatabasePort(), RuntimeSettings.SCHEMA, credentials));
            settings = settings.withDatabaseAccount(credentials.appUser(), credentials.appPassword());
        }
        DatabaseProbe.requireReachable(settings);
        if (mail.developmentServer()) {
            mailServer = Optional.of(DevelopmentMailServer.start(mail.smtpPort(), mail.imapPort()));
        }
        try {
            payara.start(settings, settings.dataDirectory().resolve("payara"), mail.resourceCommands());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        payaraStarted = true;
        return this;
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
