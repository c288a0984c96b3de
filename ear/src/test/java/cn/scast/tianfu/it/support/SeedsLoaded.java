package cn.scast.tianfu.it.support;

import cn.scast.tianfu.imports.SeedLoader;
import cn.scast.tianfu.launcher.RuntimeSettings;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

/**
 * The one wait for the seed jobs, which load the reference and demo data right after the first deployment: the
 * shared deployment is ready for the tests only once every seed job is recorded in seed_run, so no test waits
 * for cities, counties or seed listings of its own, and only once the matching index holds the seed listings.
 */
public final class SeedsLoaded {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    private static volatile boolean loaded;

    private SeedsLoaded() {
    }

    /** Waits (in the test JVM, reading the test database directly) until every seed job has completed. */
    static void await() {
        RuntimeSettings settings = RunningPlatform.platform().settings();
        Await.valueOrFail("every seed job completed", TIMEOUT, () -> completed(settings),
                done -> done.containsAll(SeedLoader.seedJobs()));
        // the seed listings reach the matching index through the outbox; until they have, scores still move
        MatchingIndexCaughtUp.await();
        loaded = true;
    }

    /** Whether this run's first deployment has loaded its seeds (the platform is ready for further clients). */
    public static boolean loaded() {
        return loaded;
    }

    private static Set<String> completed(RuntimeSettings settings) throws SQLException {
        Set<String> done = new HashSet<>();
        try (Connection connection = DriverManager.getConnection(settings.databaseUrl(), settings.databaseUser(),
                settings.databasePassword());
             ResultSet rs = connection.createStatement().executeQuery("SELECT job_name FROM seed_run")) {
            while (rs.next()) {
                done.add(rs.getString(1));
            }
        } catch (SQLException tableNotThereYet) {
            if (!"42S02".equals(tableNotThereYet.getSQLState())) {
                throw tableNotThereYet;
            }
        }
        return done;
    }
}
