package cn.scast.tianfu.imports;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * On first start (no cities yet), loads the data shipped in the seeds module through the same import
 * jobs that take the associations' files, one job after the other (later ones refer to earlier ones).
 * A timer drives it, so jobs never start while the EAR is still deploying.
 */
@Startup
@Singleton
@DependsOn("tianfu-ejb.jar#SchemaMigration")
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class.getName());

    /** Job name → the seed files it reads, in loading order (later jobs refer to what earlier ones load). */
    static final Map<String, List<String>> SEED_JOBS = seedJobs();

    @Resource
    private TimerService timers;

    @Resource(lookup = "jdbc/tianfu")
    private DataSource dataSource;

    @EJB
    private JobControl jobs;

    private final Deque<String> pending = new ArrayDeque<>();
    private final Map<String, Long> executions = new LinkedHashMap<>();
    private Path seedDirectory;
    private Long running;

    private static Map<String, List<String>> seedJobs() {
        Map<String, List<String>> jobs = new LinkedHashMap<>();
        jobs.put("reference-import", List.of("cities.csv", "counties.csv", "disciplines.csv", "industries.csv"));
        jobs.put("society-import", List.of("societies.csv", "journals.csv"));
        jobs.put("listing-import", List.of("listings.csv"));
        jobs.put("dashboard-import", List.of("kpi_snapshot.csv", "concierge_orders.csv"));
        return jobs;
    }

    @PostConstruct
    void schedule() {
        timers.createIntervalTimer(500, 1000, new TimerConfig("seed-load", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void advance(Timer timer) {
        if (seedDirectory == null) {
            if (countCities() > 0) {
                timer.cancel();
                return;
            }
            seedDirectory = copySeeds();
            pending.addAll(SEED_JOBS.keySet());
        }
        if (running != null && !EnumSet.of(BatchStatus.COMPLETED, BatchStatus.FAILED, BatchStatus.STOPPED,
                BatchStatus.ABANDONED).contains(jobs.execution(running).getBatchStatus())) {
            return;
        }
        String next = pending.peek();
        if (next == null) {
            timer.cancel();
            LOG.info(() -> "seed data loaded by job executions " + executions);
            return;
        }
        Properties parameters = new Properties();
        // Multi-file jobs read "dir"; single-file jobs (the ones the inbox also starts) read "file".
        parameters.setProperty("dir", seedDirectory.toString());
        parameters.setProperty("file", seedDirectory.resolve(SEED_JOBS.get(next).get(0)).toString());
        running = jobs.start(next, parameters);
        executions.put(next, running);
        pending.remove(); // only now: a start that failed is tried again on the next tick
    }

    /** The execution of a seed job started in this server's life, if any. */
    public Long executionOf(String jobName) {
        return executions.get(jobName);
    }

    /** True once every seed job has ended (or there was nothing to load). */
    public boolean finished() {
        return seedDirectory == null ? countCities() > 0 : pending.isEmpty() && running != null
                && jobs.execution(running).getEndTime() != null;
    }

    private long countCities() {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM ref_city")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count cities: " + e.getMessage(), e);
        }
    }

    private static Path copySeeds() {
        try {
            Path dir = Files.createTempDirectory("tianfu-seeds");
            for (List<String> names : SEED_JOBS.values()) {
                for (String name : names) {
                    try (InputStream in = SeedLoader.class.getClassLoader().getResourceAsStream("seeds/" + name)) {
                        if (in == null) {
                            throw new IllegalStateException("seed file seeds/" + name + " is missing from the EAR");
                        }
                        Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
