package cn.scast.tianfu.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.logging.Logger;

/**
 * Brings the schema up to date before anything else touches the database. Flyway runs outside JTA
 * because MariaDB commits DDL implicitly anyway.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "jdbc/tianfu")
    private DataSource dataSource;

    private int appliedMigrations;

    @PostConstruct
    void migrate() {
        if (!NodeRole.current().runsBackOffice()) {
            // The back office owns the schema: a portal node's database account may lack DDL rights.
            LOG.info("portal node: the schema is migrated by the back office");
            return;
        }
        // Flyway lives in the EAR's lib/; the scripts live in this module, so give it our class loader.
        FluentConfiguration configuration = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration");
        MigrateResult result = takeOverDevelopmentHistory(configuration).load().migrate();
        appliedMigrations = result.migrationsExecuted;
        LOG.info(() -> "schema at version " + result.targetSchemaVersion + ", " + result.migrationsExecuted + " migrations applied now");
    }

    /**
     * A developer's database migrated with the development history holds the baselines' schema once that history is
     * complete: it is marked as baselined instead. One that stopped part-way cannot be taken over and stops the
     * deployment with what to do.
     */
    private FluentConfiguration takeOverDevelopmentHistory(FluentConfiguration configuration) {
        try {
            switch (DevelopmentHistory.of(dataSource)) {
                case COMPLETE -> {
                    LOG.warning("schema migrated with the development history (V1..V100): marked as baselined at V"
                            + DevelopmentHistory.LAST_BASELINE);
                    DevelopmentHistory.forget(dataSource);
                    return configuration.baselineOnMigrate(true)
                            .baselineVersion(DevelopmentHistory.LAST_BASELINE)
                            .baselineDescription("development history V1..V100");
                }
                case INCOMPLETE -> throw new IllegalStateException("The database was migrated with only part of the "
                        + "development history (V1..V100) that the baselines V1..V" + DevelopmentHistory.LAST_BASELINE
                        + " replaced. Delete the database (the data directory, e.g. ~/.tianfu/mariadb/data, or drop "
                        + "and create the schema) and deploy again.");
                default -> {
                    return configuration;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the schema history: " + e.getMessage(), e);
        }
    }

    /**
     * Returns once the schema is current. Start-up beans of other modules call it instead of naming this bean in
     * {@code @DependsOn}: a module-qualified name resolves in the EAR but not in the portal WAR, which holds the same
     * beans in one module; the call makes the container create this singleton (and migrate) first in both.
     */
    public void ensureCurrent() {
        // nothing to do: the container ran migrate() before letting this call in
    }

    public int appliedMigrations() {
        return appliedMigrations;
    }
}
