package cn.scast.tianfu.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.transaction.UserTransaction;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Demo data that a start-up singleton creates so the screens can be tried at once (award and contest editions, a
 * judged demo award). Only when demo data is switched on ({@code TFKJY_DEMO_DATA} or the system property
 * {@code tianfu.demoData}; on unless set to {@code false}, which a production installation does), only on a database
 * that holds none of it yet, in one transaction. A failure is logged and rolled back: the application still starts.
 * Subclasses are {@code @Singleton @Startup} with bean-managed transactions.
 */
public abstract class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @Resource
    private UserTransaction transaction;

    /** Whether this installation loads demo data. */
    public static boolean enabled() {
        String setting = System.getProperty("tianfu.demoData", System.getenv().getOrDefault("TFKJY_DEMO_DATA", "true"));
        return !"false".equalsIgnoreCase(setting.strip());
    }

    @PostConstruct
    void createWhenEmpty() {
        if (!NodeRole.current().runsBackOffice()) {
            return; // the back office loads it once for all nodes
        }
        if (!enabled()) {
            LOG.info(() -> what() + ": demo data switched off (TFKJY_DEMO_DATA=false)");
            return;
        }
        try {
            transaction.begin();
            if (nothingThereYet()) {
                create();
            }
            transaction.commit();
        } catch (Exception e) {
            LOG.log(Level.SEVERE, what() + " not created", e);
            try {
                transaction.rollback();
            } catch (Exception ignored) {
                // already rolled back
            }
        }
    }

    /** What this loader creates, for the log. */
    protected abstract String what();

    /** True on a database that holds none of this demo data (and none of the real data it would stand for). */
    protected abstract boolean nothingThereYet();

    protected abstract void create() throws Exception;
}
