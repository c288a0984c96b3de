package cn.scast.tianfu.launcher;

import java.nio.file.Path;
import java.util.Map;

/**
 * The password of Payara's domain administrator ({@value #USER}), generated on the first start and stored in
 * {@code secrets/asadmin.password} of the data directory (owner-only). The file is in asadmin's
 * {@code --passwordfile} format, so the launcher hands it to asadmin as it is.
 */
public record AdminCredentials(String user, String password, Path passwordFile) {

    public static final String USER = "admin";
    static final String FILE = "secrets/asadmin.password";
    private static final String KEY = "AS_ADMIN_PASSWORD";

    public static AdminCredentials loadOrCreate(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE);
        Map<String, String> entries = SecretFiles.readOrCreate(file,
                "天府科技云 Payara admin password of user " + USER + " (generated; readable by the owner only)",
                () -> new java.util.LinkedHashMap<>(Map.of(KEY, SecretFiles.randomPassword())));
        return new AdminCredentials(USER, entries.get(KEY), file.toAbsolutePath());
    }

    @Override
    public String toString() {
        return "AdminCredentials[" + user + ", " + passwordFile + "]";
    }
}
