package cn.scast.tianfu.evaluation.intake;

import cn.scast.tianfu.platform.DemoDataLoader;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Demo editions of a programme that takes submissions: on a database without editions of it, the {@link #YEAR}
 * editions are configured with submissions open now and the rounds opening in 30 days for 30 days.
 */
public abstract class EditionDemoData extends DemoDataLoader {

    public static final int YEAR = 2025;

    @Inject
    private Clock clock;

    private final String what;

    protected EditionDemoData(String what) {
        this.what = what;
    }

    @Override
    protected String what() {
        return what;
    }

    @Override
    protected boolean nothingThereYet() {
        return countEditions() == 0;
    }

    @Override
    protected void create() {
        Instant opens = clock.instant().plus(Duration.ofDays(30));
        String configured = create(opens, opens.plus(Duration.ofDays(30)));
        Logger.getLogger(getClass().getName()).info(() -> "configured the " + YEAR + " " + configured);
    }

    protected abstract long countEditions();

    /**
     * Configures the editions, their rounds scored from {@code opens} to {@code closes}.
     *
     * @return which editions, for the log
     */
    protected abstract String create(Instant opens, Instant closes);
}
