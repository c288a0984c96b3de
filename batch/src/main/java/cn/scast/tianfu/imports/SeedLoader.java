package cn.scast.tianfu.imports;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
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
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * On first start (no cities yet), loads the reference data shipped in the seeds module through the
 * same import job that takes the associations' files, so seeds and nightly files share one path.
 * Started by a timer a moment after deployment: jobs should not start while the EAR is still deploying.
 */
@Startup
@Singleton
@DependsOn("tianfu-ejb.jar#SchemaMigration")
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class.getName());
    static final List<String> REFERENCE_FILES = List.of("cities.csv", "counties.csv", "disciplines.csv", "industries.csv");

    @Resource
    private TimerService timers;

    @Resource(lookup = "jdbc/tianfu")
    private DataSource dataSource;

    @EJB
    private JobControl jobs;

    private volatile Long referenceExecutionId;

    @PostConstruct
    void scheduleFirstLoad() {
        timers.createSingleActionTimer(500, new TimerConfig("seed-load", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void loadIfEmpty() {
        if (countCities() > 0) {
            return;
        }
        Path dir = copySeeds(REFERENCE_FILES);
        Properties parameters = new Properties();
        parameters.setProperty("dir", dir.toString());
        referenceExecutionId = jobs.start("reference-import", parameters);
        LOG.info(() -> "loading reference seeds from " + dir + " as job execution " + referenceExecutionId);
    }

    /** The execution that loaded the reference seeds in this server's life, if any. */
    public Long referenceExecutionId() {
        return referenceExecutionId;
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

    private static Path copySeeds(List<String> names) {
        try {
            Path dir = Files.createTempDirectory("tianfu-seeds");
            for (String name : names) {
                try (InputStream in = SeedLoader.class.getClassLoader().getResourceAsStream("seeds/" + name)) {
                    if (in == null) {
                        throw new IllegalStateException("seed file seeds/" + name + " is missing from the EAR");
                    }
                    Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
