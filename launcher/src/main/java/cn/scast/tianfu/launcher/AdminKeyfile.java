package cn.scast.tianfu.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * The domain's admin-keyfile (file realm of the admin console and asadmin), set to the stored admin password
 * before the domain starts. The Payara installation is unpacked afresh per build directory while the password
 * lives in the data directory, so the file is rewritten whenever it does not hold that password.
 * Format as written by GlassFish's SSHA: {@code {SSHA256}base64(hash + salt)}, the hash being SHA-256 over
 * password + 8-byte salt, applied 100 times.
 */
final class AdminKeyfile {

    private static final String PREFIX = "{SSHA256}";
    private static final int SALT_LENGTH = 8;
    private static final int ITERATIONS = 100;

    private AdminKeyfile() {
    }

    /** @return true when the file had to be changed */
    static boolean ensurePassword(Path keyfile, String user, String password) throws IOException {
        List<String> lines = Files.exists(keyfile)
                ? new ArrayList<>(Files.readAllLines(keyfile, StandardCharsets.UTF_8)) : new ArrayList<>();
        int index = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(user + ";")) {
                index = i;
            }
        }
        String groups = "asadmin";
        if (index >= 0) {
            String[] fields = lines.get(index).split(";", 3);
            if (fields.length == 3 && matches(fields[1], password)) {
                return false;
            }
            groups = fields.length == 3 ? fields[2] : groups;
        }
        String line = user + ";" + encode(password) + ";" + groups;
        if (index >= 0) {
            lines.set(index, line);
        } else {
            lines.add(line);
        }
        SecretFiles.writeOwnerOnly(keyfile, String.join("\n", lines) + "\n");
        return true;
    }

    static boolean matches(String encoded, String password) {
        if (!encoded.startsWith(PREFIX)) {
            return false;
        }
        byte[] stored = Base64.getMimeDecoder().decode(encoded.substring(PREFIX.length()));
        if (stored.length <= SALT_LENGTH) {
            return false;
        }
        byte[] hash = Arrays.copyOfRange(stored, 0, stored.length - SALT_LENGTH);
        byte[] salt = Arrays.copyOfRange(stored, stored.length - SALT_LENGTH, stored.length);
        return MessageDigest.isEqual(hash, hash(password, salt));
    }

    static String encode(String password) {
        byte[] salt = new byte[SALT_LENGTH];
        new SecureRandom().nextBytes(salt);
        byte[] hash = hash(password, salt);
        byte[] stored = Arrays.copyOf(hash, hash.length + SALT_LENGTH);
        System.arraycopy(salt, 0, stored, hash.length, SALT_LENGTH);
        return PREFIX + Base64.getEncoder().encodeToString(stored);
    }

    private static byte[] hash(String password, byte[] salt) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] passwordBytes = password.getBytes(StandardCharsets.UTF_8);
            byte[] input = Arrays.copyOf(passwordBytes, passwordBytes.length + salt.length);
            System.arraycopy(salt, 0, input, passwordBytes.length, salt.length);
            byte[] hash = digest.digest(input);
            for (int i = 1; i < ITERATIONS; i++) {
                hash = digest.digest(hash);
            }
            return hash;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
