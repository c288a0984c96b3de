package cn.scast.tianfu.it.support;

import cn.scast.tianfu.launcher.Platform;
import cn.scast.tianfu.launcher.RuntimeSettings;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Starts a fresh embedded MariaDB and the Payara domain once for the whole test run and stops them
 * when the run ends (JUnit closes resources kept in the root store). Must be registered before
 * Arquillian, which deploys into the running domain.
 */
public final class RunningPlatform implements BeforeAllCallback {

    private static final String KEY = "tianfu.platform";
    private static final String ADMIN_USER_PROPERTY = "tianfu.admin.user";
    private static final String ADMIN_PASSWORD_PROPERTY = "tianfu.admin.password";

    private static volatile Platform started;

    /** The platform started for this test run (in the test JVM, not inside Payara). */
    public static Platform platform() {
        if (started == null) {
            throw new IllegalStateException("no platform started in this JVM");
        }
        return started;
    }

    /** The data directory of the platform the tests run against (credentials files live there). */
    public static Path dataDirectory() {
        return Path.of(System.getProperty("tianfu.work.dir", "target/it-work")).toAbsolutePath();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (System.getProperty("tianfu.ear") == null) {
            return; // running inside Payara for an in-container test: the platform is already there
        }
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(KEY, key -> startPlatform(), StartedPlatform.class);
    }

    private static StartedPlatform startPlatform() {
        Path work = dataDirectory();
        deleteRecursively(work);
        Map<String, String> env = new HashMap<>(System.getenv());
        // the tests' own ports: a ./tianfu run (8080, 4848, 33306) may run meanwhile
        env.put(RuntimeSettings.DB_PORT, Integer.toString(TestPorts.database()));
        env.put(RuntimeSettings.HTTP_PORT, Integer.toString(TestPorts.http()));
        env.put(RuntimeSettings.ADMIN_PORT, Integer.toString(TestPorts.admin()));
        env.put(RuntimeSettings.DATA_DIR, work.toAbsolutePath().toString());
        Platform platform = new Platform(RuntimeSettings.fromEnvironment(env, work)).start();
        // arquillian.xml reads the admin account from these (Arquillian starts after this extension)
        System.setProperty(ADMIN_USER_PROPERTY, platform.admin().user());
        System.setProperty(ADMIN_PASSWORD_PROPERTY, platform.admin().password());
        platform.undeployApplication();
        started = platform;
        return new StartedPlatform(platform);
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new IllegalStateException("cannot clear " + directory, e);
        }
    }

    /** Closed by JUnit at the end of the run. */
    record StartedPlatform(Platform platform) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            platform.close();
        }
    }
}
