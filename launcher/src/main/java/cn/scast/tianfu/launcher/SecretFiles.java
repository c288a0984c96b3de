package cn.scast.tianfu.launcher;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * Generated credentials in files only their owner can read, created on the first start and reused on every
 * later one. The format (KEY=value lines) is read as Java properties and can be sourced by a shell script.
 */
final class SecretFiles {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private SecretFiles() {
    }

    /** Letters and digits only: safe unquoted in SQL literals, shell assignments, asadmin and JDBC properties. */
    static String randomPassword() {
        StringBuilder password = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    /** The file's entries; when it does not exist (or lacks an entry), the generated ones are written first. */
    static Map<String, String> readOrCreate(Path file, String comment, Supplier<Map<String, String>> generated) {
        try {
            Map<String, String> entries = Files.exists(file) ? read(file) : new LinkedHashMap<>();
            Map<String, String> fresh = generated.get();
            if (!entries.keySet().containsAll(fresh.keySet())) {
                fresh.forEach(entries::putIfAbsent);
                write(file, comment, entries);
            }
            restrictToOwner(file);
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep credentials in " + file, e);
        }
    }

    static Map<String, String> read(Path file) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        Map<String, String> entries = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(name -> entries.put(name, properties.getProperty(name).strip()));
        return entries;
    }

    private static void write(Path file, String comment, Map<String, String> entries) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        restrictToOwner(directory);
        StringBuilder text = new StringBuilder("# " + comment + "\n");
        entries.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        // written under another name with owner-only rights from the start, then moved over: never readable by others
        Path temporary = directory.resolve(file.getFileName() + ".new");
        Files.deleteIfExists(temporary);
        if (POSIX) {
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Writes a file that holds secrets (e.g. an init script with passwords) readable by its owner only. */
    static void writeOwnerOnly(Path file, String text) throws IOException {
        Files.deleteIfExists(file);
        if (POSIX) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void restrictToOwner(Path path) throws IOException {
        if (POSIX) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
                    Files.isDirectory(path) ? "rwx------" : "rw-------"));
        }
    }
}
