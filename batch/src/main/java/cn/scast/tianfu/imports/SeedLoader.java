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
 * Loads the data shipped in the seeds module through the same import jobs that take the associations'
 * files, one job after the other (later ones refer to earlier ones), each until it has completed once
 * (table seed_run). A timer drives it, so jobs never start while the EAR is still deploying.
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
        jobs.put("popscience-item-import", List.of("popsci_items.csv"));
        jobs.put("popscience-volunteer-import", List.of("popsci_volunteers.csv"));
        jobs.put("exhibit-import", List.of("exhibits.csv"));
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
            List<String> done = completedSeedJobs();
            SEED_JOBS.keySet().stream().filter(job -> !done.contains(job)).forEach(pending::add);
            if (pending.isEmpty()) {
                timer.cancel();
                return;
            }
            seedDirectory = copySeeds();
        }
        if (running != null) {
            BatchStatus status = jobs.execution(running).getBatchStatus();
            if (!EnumSet.of(BatchStatus.COMPLETED, BatchStatus.FAILED, BatchStatus.STOPPED,
                    BatchStatus.ABANDONED).contains(status)) {
                return;
            }
            String ended = pending.remove();
            if (status == BatchStatus.COMPLETED) {
                recordCompleted(ended, running);
            } else {
                LOG.warning(() -> "seed job " + ended + " ended " + status + "; it is tried again at the next start");
            }
            running = null;
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
    }

    /** The execution of a seed job started in this server's life, if any. */
    public Long executionOf(String jobName) {
        return executions.get(jobName);
    }

    /** True once every seed job has completed, in this server's life or an earlier one. */
    public boolean finished() {
        return completedSeedJobs().containsAll(SEED_JOBS.keySet());
    }

    private List<String> completedSeedJobs() {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT job_name FROM seed_run")) {
            List<String> done = new java.util.ArrayList<>();
            while (rs.next()) {
                done.add(rs.getString(1));
            }
            return done;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read seed_run: " + e.getMessage(), e);
        }
    }

    private void recordCompleted(String jobName, long executionId) {
        try (Connection connection = dataSource.getConnection();
             java.sql.PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO seed_run (job_name, job_execution_id) VALUES (?, ?) "
                             + "ON DUPLICATE KEY UPDATE job_execution_id = VALUES(job_execution_id)")) {
            insert.setString(1, jobName);
            insert.setLong(2, executionId);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record seed job " + jobName + ": " + e.getMessage(), e);
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
