package cn.scast.tianfu.launcher;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The accounts of the embedded MariaDB: the application user (rights on the application schema only), used by
 * Payara's pools, the tests and the bench scripts, and root, kept for maintenance through the server's socket.
 * Both passwords are generated on the first start and stored in {@code secrets/database.env} of the data
 * directory (owner-only; a shell script can source it).
 */
public record DatabaseCredentials(String appUser, String appPassword, String rootPassword) {

    public static final String APP_USER = "tianfu";
    static final String FILE = "secrets/database.env";

    public static DatabaseCredentials loadOrCreate(Path dataDirectory) {
        Map<String, String> entries = SecretFiles.readOrCreate(file(dataDirectory),
                "天府科技云 embedded MariaDB accounts (generated; readable by the owner only)", () -> {
                    Map<String, String> generated = new LinkedHashMap<>();
                    generated.put("DB_APP_USER", APP_USER);
                    generated.put("DB_APP_PASSWORD", SecretFiles.randomPassword());
                    generated.put("DB_ROOT_PASSWORD", SecretFiles.randomPassword());
                    return generated;
                });
        return new DatabaseCredentials(entries.get("DB_APP_USER"), entries.get("DB_APP_PASSWORD"),
                entries.get("DB_ROOT_PASSWORD"));
    }

    public static Path file(Path dataDirectory) {
        return dataDirectory.resolve(FILE);
    }

    @Override
    public String toString() {
        return "DatabaseCredentials[" + appUser + ", passwords hidden]";
    }
}
