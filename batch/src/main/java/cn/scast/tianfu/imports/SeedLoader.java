package cn.scast.tianfu.imports;

import cn.scast.tianfu.platform.NodeRole;
import cn.scast.tianfu.platform.SchemaMigration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchStatus;
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
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Loads the data shipped in the seeds module through the same import jobs that take the associations'
 * files, one job after the other (later ones refer to earlier ones), each until it has completed once
 * (table seed_run). A timer drives it, so jobs never start while the EAR is still deploying.
 */
@Startup
@Singleton
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class.getName());

    /** The seed loads in loading order (later ones refer to what earlier ones load). */
    static final Map<String, SeedLoad> SEED_LOADS = seedLoads();

    /**
     * One seed load: its name as recorded in seed_run once it has completed, the job, the target for the
     * single-file job {@link ImportKind#JOB} (null for multi-file jobs, which read the folder) and its files.
     */
    record SeedLoad(String name, String job, String target, List<String> files) {
    }

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

    private static Map<String, SeedLoad> seedLoads() {
        Map<String, SeedLoad> loads = new LinkedHashMap<>();
        for (SeedLoad load : List.of(
                new SeedLoad("reference-import", "reference-import", null,
                        List.of("cities.csv", "counties.csv", "disciplines.csv", "industries.csv")),
                new SeedLoad("society-import", "society-import", null, List.of("societies.csv", "journals.csv")),
                new SeedLoad("listing-import", ImportKind.JOB, "listing", List.of("listings.csv")),
                new SeedLoad("dashboard-import", "dashboard-import", null,
                        List.of("kpi_snapshot.csv", "concierge_orders.csv")),
                new SeedLoad("popscience-item-import", ImportKind.JOB, "popsci-item", List.of("popsci_items.csv")),
                new SeedLoad("popscience-volunteer-import", ImportKind.JOB, "popsci-volunteer",
                        List.of("popsci_volunteers.csv")),
                new SeedLoad("exhibit-import", ImportKind.JOB, "exhibit", List.of("exhibits.csv")))) {
            loads.put(load.name(), load);
        }
        return loads;
    }

    @EJB
    private SchemaMigration schema;

    @PostConstruct
    void schedule() {
        if (!NodeRole.current().runsBackOffice()) {
            return; // the back office loads the seeds once for all nodes
        }
        schema.ensureCurrent();
        timers.createIntervalTimer(500, 1000, new TimerConfig("seed-load", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void advance(Timer timer) {
        if (seedDirectory == null) {
            List<String> done = completedSeedJobs();
            SEED_LOADS.keySet().stream().filter(load -> !done.contains(load)).forEach(pending::add);
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
        SeedLoad load = SEED_LOADS.get(next);
        Properties parameters;
        if (load.target() != null) {
            parameters = ImportKind.jobParameters(load.target(), seedDirectory.resolve(load.files().get(0)).toString(),
                    null);
        } else {
            parameters = new Properties();
            parameters.setProperty("dir", seedDirectory.toString());
        }
        running = jobs.start(load.job(), parameters);
        executions.put(next, running);
    }

    /** The execution of a seed load started in this server's life, if any. */
    public Long executionOf(String seedLoad) {
        return executions.get(seedLoad);
    }

    /** The names every seed load is recorded under in seed_run once it has completed. */
    public static Set<String> seedJobs() {
        return Collections.unmodifiableSet(SEED_LOADS.keySet());
    }

    /** True once every seed job has completed, in this server's life or an earlier one. */
    public boolean finished() {
        return completedSeedJobs().containsAll(SEED_LOADS.keySet());
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
            for (SeedLoad load : SEED_LOADS.values()) {
                for (String name : load.files()) {
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
