package cn.scast.tianfu.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The inbox and its sub-folders. The root is the system property {@code tianfu.inbox.dir}
 * (default {@code ${java.io.tmpdir}/tianfu-inbox}). Files dropped in the root are picked up;
 * {@code processing/} holds files whose job runs, {@code archive/} completed ones, {@code failed/}
 * failed or stopped ones (a restart reads them from there), {@code duplicate/} files already imported.
 */
public final class ImportDirectories {

    public static final String PROPERTY = "tianfu.inbox.dir";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private ImportDirectories() {
    }

    public static Path root() {
        String configured = System.getProperty(PROPERTY);
        Path root = configured == null || configured.isBlank()
                ? Path.of(System.getProperty("java.io.tmpdir"), "tianfu-inbox")
                : Path.of(configured);
        return ensure(root.toAbsolutePath());
    }

    public static Path processing() {
        return ensure(root().resolve("processing"));
    }

    public static Path archive() {
        return ensure(root().resolve("archive"));
    }

    public static Path failed() {
        return ensure(root().resolve("failed"));
    }

    public static Path duplicate() {
        return ensure(root().resolve("duplicate"));
    }

    /** Where uploads are written before they are received (hidden from the inbox scan). */
    public static Path uploads() {
        return ensure(root().resolve(".uploads"));
    }

    /**
     * Moves a file into a new time-stamped folder of {@code directory}, keeping its original name
     * ({@code archive/20261124-233015-042/listings_chengdu.csv}), so reports keep naming the file as sent.
     *
     * @return the new path
     */
    public static Path moveStamped(Path file, Path directory, String originalName) {
        String stamp = LocalDateTime.now().format(STAMP);
        Path folder = directory.resolve(stamp);
        for (int i = 2; Files.exists(folder); i++) {
            folder = directory.resolve(stamp + "-" + i);
        }
        Path target = ensure(folder).resolve(safeName(originalName));
        try {
            return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException atomicFailed) {
            try {
                return Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot move " + file + " to " + target, e);
            }
        }
    }

    /** The last path element without separators or control characters, at most 200 characters. */
    public static String safeName(String name) {
        String base = name == null ? "file" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "_");
        if (base.isBlank() || base.equals(".") || base.equals("..")) {
            base = "file";
        }
        return base.length() <= 200 ? base : base.substring(base.length() - 200);
    }

    private static Path ensure(Path directory) {
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + directory, e);
        }
    }
}
