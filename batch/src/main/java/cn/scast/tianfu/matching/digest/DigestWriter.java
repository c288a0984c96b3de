package cn.scast.tianfu.matching.digest;

import cn.scast.tianfu.matching.MatchDigests;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Sends each account's digest in the chunk's transaction together with the row that marks it sent, so a restart after
 * a failure neither loses nor repeats one. Parameter {@code week} (yyyy-MM-dd, a Monday) defaults to this week.
 */
@Named
@Dependent
public class DigestWriter extends AbstractItemWriter {

    @Inject
    private Clock clock;

    @EJB
    private MatchDigests digests;

    @Inject
    @BatchProperty
    private String week;

    @Override
    public void writeItems(List<Object> items) {
        LocalDate weekStart = week == null || week.isBlank() ? digests.currentWeek()
                : MatchDigests.weekOf(LocalDate.parse(week.strip()));
        Instant now = clock.instant();
        for (Object username : items) {
            digests.send((String) username, weekStart, now);
        }
    }
}
