package cn.scast.tianfu.matching;

import cn.scast.tianfu.listing.Listing;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
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
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Keeps this node's matching index in step with the listing_change outbox (rows the database writes in the same
 * transaction as each listing change): every half second it applies the rows after its position in id order, commits the
 * index and then records the position beside it. A node that was down catches up from its position on start; a
 * folder without a position (new, damaged, another index format) is rebuilt from the listing table first, on the
 * first tick and again on every later one until a rebuild succeeds. This node's
 * own changes reach the index earlier through {@link ListingIndexUpdater}; the outbox is what makes every node, and
 * every writer (imports included), end up with the same index.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@DependsOn("MatchingService")
public class ListingChangeFeed {

    private static final Logger LOG = Logger.getLogger(ListingChangeFeed.class.getName());
    private static final String POLL = "listing-change-poll";
    /** Short, so a change made on one portal node is proposed by the others within about a second. */
    private static final long POLL_INTERVAL_MS = 500;
    private static final int BATCH = 2000;
    /** Batches applied per tick at most, so one tick does not hold the timer thread for long. */
    private static final int BATCHES_PER_TICK = 25;
    /** Open gaps looked into per tick at most (each is one id range). */
    private static final int GAPS_PER_TICK = 200;
    /** Changes written before a rebuild read the listings but committed after it: applied again to be sure. */
    private static final long REBUILD_OVERLAP = 10_000;
    /** How long a gap in the ids is waited for before it counts as a rolled-back transaction. */
    static final Duration GAP_TIMEOUT = Duration.ofMinutes(1);

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource
    private TimerService timers;

    @EJB
    private MatchingService matching;

    private ChangePositionFile positionFile;
    private volatile ChangeCursor cursor;
    private final AtomicBoolean busy = new AtomicBoolean();

    @PostConstruct
    void start() {
        positionFile = new ChangePositionFile(matching.indexDirectory());
        OptionalLong stored = matching.persistent() ? positionFile.read(MatchingService.INDEX_FORMAT) : OptionalLong.empty();
        if (stored.isPresent()) {
            cursor = new ChangeCursor(stored.getAsLong(), GAP_TIMEOUT);
            LOG.info(() -> "listing index catches up from outbox position " + stored.getAsLong());
        }
        // One timer does both jobs, so a rebuild can neither be skipped by an overlapping tick nor be lost to a
        // failure: without a cursor every tick rebuilds, with one every tick catches up.
        timers.createIntervalTimer(1, POLL_INTERVAL_MS, new TimerConfig(POLL, false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void onTimer(Timer timer) {
        if (!busy.compareAndSet(false, true)) {
            return;
        }
        try {
            if (cursor == null) {
                rebuild();
            } else {
                catchUp();
            }
        } catch (RuntimeException | IOException e) {
            LOG.log(Level.WARNING, "listing index not brought up to date; the next tick tries again", e);
        } finally {
            busy.set(false);
        }
    }

    /** The outbox position this node's index has applied (and committed) everything up to; -1 before the first. */
    public long position() {
        ChangeCursor current = cursor;
        return current == null ? -1 : current.position();
    }

    private void rebuild() throws IOException {
        long head = ((Number) em.createNativeQuery("SELECT COALESCE(MAX(id), 0) FROM listing_change").getSingleResult())
                .longValue();
        matching.rebuild();
        long start = Math.max(0, head - REBUILD_OVERLAP);
        positionFile.write(MatchingService.INDEX_FORMAT, start);
        cursor = new ChangeCursor(start, GAP_TIMEOUT);
    }

    private void catchUp() throws IOException {
        ChangeCursor current = cursor;
        long before = current.position();
        boolean read = readAndApply(current, lateChanges(current.openGaps()));
        boolean caughtUp = false;
        for (int batch = 0; batch < BATCHES_PER_TICK; batch++) {
            List<?> rows = em.createNativeQuery("SELECT id, listing_id FROM listing_change WHERE id > ?1 ORDER BY id LIMIT ?2")
                    .setParameter(1, current.highestRead())
                    .setParameter(2, BATCH)
                    .getResultList();
            read |= readAndApply(current, rows);
            if (rows.size() < BATCH) {
                caughtUp = true;
                break;
            }
        }
        long after = current.giveUpGapsOlderThan(clock.instant());
        if (read || after != before) {
            matching.commit();
            positionFile.write(MatchingService.INDEX_FORMAT, after);
        }
        if (caughtUp) {
            matching.compactAfterBulkChanges(); // once a bulk is through, not between its batches
        }
    }

    /** Changes that committed late into the open gaps (oldest gaps first, a bounded number per tick). */
    private List<?> lateChanges(List<ChangeCursor.Gap> gaps) {
        if (gaps.isEmpty()) {
            return List.of();
        }
        String ranges = gaps.stream().limit(GAPS_PER_TICK)
                .map(gap -> "id BETWEEN " + gap.from() + " AND " + gap.to())
                .collect(Collectors.joining(" OR "));
        return em.createNativeQuery("SELECT id, listing_id FROM listing_change WHERE " + ranges + " ORDER BY id")
                .getResultList();
    }

    private boolean readAndApply(ChangeCursor current, List<?> rows) {
        if (rows.isEmpty()) {
            return false;
        }
        List<Long> changeIds = new ArrayList<>(rows.size());
        Set<Long> listingIds = new LinkedHashSet<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            changeIds.add(((Number) columns[0]).longValue());
            listingIds.add(((Number) columns[1]).longValue());
        }
        apply(listingIds);
        current.read(changeIds, clock.instant());
        return true;
    }

    /** Puts the listings' current state into the index; a listing that no longer exists leaves it. */
    private void apply(Set<Long> listingIds) {
        if (listingIds.isEmpty()) {
            return;
        }
        Map<Long, Listing> found = em.createQuery("SELECT l FROM Listing l WHERE l.id IN :ids", Listing.class)
                .setParameter("ids", listingIds)
                .getResultList().stream()
                .collect(Collectors.toMap(Listing::getId, Function.identity()));
        for (long id : listingIds) {
            Listing listing = found.get(id);
            try {
                if (listing == null) {
                    matching.remove(id);
                } else {
                    matching.upsert(MatchableListing.of(listing));
                }
            } catch (RuntimeException e) {
                if (indexFailure(e)) {
                    throw e; // the index itself failed: the whole batch is tried again on the next tick
                }
                // One listing the index cannot take must not hold back every change after it.
                LOG.log(Level.WARNING, "listing " + id + " left out of the matching index", e);
            }
        }
        em.clear();
    }

    private static boolean indexFailure(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.io.UncheckedIOException || cause instanceof IOException) {
                return true;
            }
        }
        return false;
    }
}
