package cn.scast.tianfu.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

/** MariaDB (embedded or external) plus a configured Payara domain: what the run command and the ITs share. */
public final class Platform implements AutoCloseable {

    private final RuntimeSettings settings;
    private final PayaraServer payara;
    private Optional<EmbeddedMariaDb> embeddedDatabase = Optional.empty();
    private boolean payaraStarted;

    public Platform(RuntimeSettings settings) {
        this.settings = settings;
        this.payara = new PayaraServer(settings.payaraHome());
    }

    public Platform start() {
        if (settings.usesEmbeddedDatabase()) {
            embeddedDatabase = Optional.of(EmbeddedMariaDb.start(
                    settings.dataDirectory().resolve("mariadb"), settings.embeddedDatabasePort(), RuntimeSettings.SCHEMA));
        }
        DatabaseProbe.requireReachable(settings);
        try {
            payara.start(settings, settings.dataDirectory().resolve("payara"));
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

    public RuntimeSettings settings() {
        return settings;
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
            // whatever happened to Payara (or to the console), the database goes down too
            embeddedDatabase.ifPresent(EmbeddedMariaDb::close);
            embeddedDatabase = Optional.empty();
        }
    }
}
