package cn.scast.tianfu.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The run command's Payara lives in the data directory, beside its database: a {@code mvn clean} (or another
 * build of the worktree) then cannot delete the files of a running server. It is copied from the installation
 * Maven unpacks into {@code ear/target/payara} whenever the data directory holds none or another version; the
 * domain holds nothing to keep (resources are recreated at every start, the EAR is deployed at every start).
 */
public final class PayaraInstallation {

    static final String VERSION_FILE = "glassfish/config/branding/glassfish-version.properties";
    private static final String DOMAIN = "glassfish/domains/" + PayaraServer.DOMAIN;
    /** What a server that ran leaves in its domain: not part of an installation. */
    private static final Set<String> RUNTIME_STATE = Set.of(DOMAIN + "/applications", DOMAIN + "/generated",
            DOMAIN + "/osgi-cache", DOMAIN + "/logs", DOMAIN + "/config/pid", DOMAIN + "/config/pid.prev");

    private PayaraInstallation() {
    }

    /**
     * The Payara home under {@code directory} (its {@code payara6}), a copy of {@code source} of the same
     * version; the domain's libraries (the JDBC driver) are refreshed from the source at every start.
     */
    public static Path provide(Path source, Path directory) {
        Path home = directory.resolve(source.getFileName());
        try {
            if (!sameVersion(source, home)) {
                deleteRecursively(home);
                copy(source, home);
            }
            refreshDomainLibraries(source, home);
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy Payara from " + source + " to " + home, e);
        }
    }

    private static boolean sameVersion(Path source, Path home) throws IOException {
        Path installed = home.resolve(VERSION_FILE);
        return Files.exists(installed) && Files.exists(home.resolve("bin/asadmin"))
                && Files.readString(installed).equals(Files.readString(source.resolve(VERSION_FILE)));
    }

    private static void refreshDomainLibraries(Path source, Path home) throws IOException {
        Path from = source.resolve(DOMAIN + "/lib");
        Path to = home.resolve(DOMAIN + "/lib");
        Files.createDirectories(to);
        try (Stream<Path> jars = Files.list(from)) {
            for (Path jar : jars.filter(path -> path.getFileName().toString().endsWith(".jar")).toList()) {
                Files.copy(jar, to.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    private static void copy(Path source, Path target) throws IOException {
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (RUNTIME_STATE.contains(source.relativize(dir).toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(target.resolve(source.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String relative = source.relativize(file).toString();
                if (!RUNTIME_STATE.contains(relative)) {
                    // attributes included: bin/asadmin and the other scripts stay executable
                    Files.copy(file, target.resolve(relative), StandardCopyOption.COPY_ATTRIBUTES,
                            StandardCopyOption.REPLACE_EXISTING);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
