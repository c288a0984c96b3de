package cn.scast.tianfu.matching.digest;

import cn.scast.tianfu.imports.JobControl;
import cn.scast.tianfu.platform.NodeRole;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;

import java.util.Properties;
import java.util.logging.Logger;

/** Starts the weekly digest of new matches every Monday at 08:00 China time. */
@Singleton
public class WeeklyMatchDigestTimer {

    private static final Logger LOG = Logger.getLogger(WeeklyMatchDigestTimer.class.getName());

    @EJB
    private JobControl jobs;

    @Schedule(dayOfWeek = "Mon", hour = "8", minute = "0", second = "0", timezone = "Asia/Shanghai", persistent = false,
            info = "weekly-match-digest")
    void startDigest() {
        if (!NodeRole.current().runsBackOffice()) {
            return;
        }
        long execution = jobs.start("weekly-match-digest", new Properties());
        LOG.info(() -> "weekly match digest started, execution " + execution);
    }
}
