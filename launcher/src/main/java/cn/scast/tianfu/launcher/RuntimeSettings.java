package cn.scast.tianfu.launcher;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the database lives and how to reach it. Everything comes from environment variables so that
 * the same launcher serves a laptop (embedded MariaDB) and an intranet host (external MariaDB).
 */
public record RuntimeSettings(
        Optional<String> externalDatabaseUrl,
        String databaseUser,
        String databasePassword,
        Path dataDirectory,
        int embeddedDatabasePort,
        Path payaraHome,
        Path earFile,
        int httpPort,
        int adminPort,
        List<String> jvmOptions) {

    public static final String DB_URL = "TFKJY_DB_URL";
    public static final String DB_USER = "TFKJY_DB_USER";
    public static final String DB_PASSWORD = "TFKJY_DB_PASSWORD";
    public static final String DATA_DIR = "TFKJY_DATA_DIR";
    public static final String DB_PORT = "TFKJY_DB_PORT";
    public static final String HTTP_PORT = "TFKJY_HTTP_PORT";
    public static final String ADMIN_PORT = "TFKJY_ADMIN_PORT";
    /** Further options for the server's JVM, space-separated (e.g. -XX:TieredStopAtLevel=1 for short test runs). */
    public static final String JVM_OPTIONS = "TFKJY_JVM_OPTIONS";
    public static final String SCHEMA = "tfkjy";

    public static RuntimeSettings fromEnvironment(Map<String, String> env, Path defaultDataDirectory) {
        Optional<String> url = Optional.ofNullable(env.get(DB_URL)).filter(s -> !s.isBlank());
        return new RuntimeSettings(
                url,
                // for the embedded server these are replaced by its generated application account (Platform)
                env.getOrDefault(DB_USER, "root"),
                env.getOrDefault(DB_PASSWORD, ""),
                Path.of(env.getOrDefault(DATA_DIR, defaultDataDirectory.toString())),
                Integer.parseInt(env.getOrDefault(DB_PORT, "33306")),
                Path.of(requiredProperty("tianfu.payara.home")),
                Path.of(requiredProperty("tianfu.ear")),
                Integer.parseInt(env.getOrDefault(HTTP_PORT, "8080")),
                Integer.parseInt(env.getOrDefault(ADMIN_PORT, "4848")),
                words(env.getOrDefault(JVM_OPTIONS, "")));
    }

    /** The same settings with another database account (the embedded server's generated one). */
    public RuntimeSettings withDatabaseAccount(String user, String password) {
        return new RuntimeSettings(externalDatabaseUrl, user, password, dataDirectory, embeddedDatabasePort,
                payaraHome, earFile, httpPort, adminPort, jvmOptions);
    }

    /** The same settings with Payara run from another installation (the run command's copy in the data directory). */
    public RuntimeSettings withPayaraHome(Path home) {
        return new RuntimeSettings(externalDatabaseUrl, databaseUser, databasePassword, dataDirectory,
                embeddedDatabasePort, home, earFile, httpPort, adminPort, jvmOptions);
    }

    public boolean usesEmbeddedDatabase() {
        return externalDatabaseUrl.isEmpty();
    }

    /** JDBC URL of the application schema, whichever database is used. */
    public String databaseUrl() {
        return externalDatabaseUrl.orElse("jdbc:mariadb://127.0.0.1:" + embeddedDatabasePort + "/" + SCHEMA);
    }

    /** Where the application's HTTP listener answers, e.g. http://localhost:8080. */
    public String httpBase() {
        return "http://localhost:" + httpPort;
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.trim().split("\\s+")).filter(word -> !word.isEmpty()).toList();
    }

    private static String requiredProperty(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("system property " + name + " is not set (start through Maven)");
        }
        return value;
    }
}
