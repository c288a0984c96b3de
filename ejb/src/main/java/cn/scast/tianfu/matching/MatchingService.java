package cn.scast.tianfu.matching;

import cn.scast.tianfu.listing.DeclineReason;
import cn.scast.tianfu.listing.Listing;
import cn.scast.tianfu.listing.ListingNotFoundException;
import cn.scast.tianfu.listing.ListingRejectedException;
import cn.scast.tianfu.listing.MarketSide;
import cn.scast.tianfu.listing.MatchDecline;
import cn.scast.tianfu.platform.Callers;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.SessionContext;
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
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Holds the application's Lucene index of listings and answers match requests. The index is a cache of
 * the {@code listing} table: {@link ListingChangeFeed} keeps it in step with the listing_change outbox (and
 * rebuilds it when the folder holds no committed position), this node's own changes are applied at once by
 * {@link #upsert} after their commit, and the index is committed to disk periodically.
 * The folder is {@code -Dtianfu.index.dir}, by default {@code ${java.io.tmpdir}/tianfu-index}.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@DependsOn("SchemaMigration")
public class MatchingService {

    private static final Logger LOG = Logger.getLogger(MatchingService.class.getName());
    /**
     * The shape of the index documents. Change it whenever fields or analysis change: a folder committed under
     * another format is rebuilt instead of being caught up.
     */
    public static final int INDEX_FORMAT = 2;
    /** Candidates fetched beyond the limit when "already solved" or "budget" declines may lower some. */
    private static final int LESSON_POOL = 20;

    private static final String COMMIT = "listing-index-commit";
    private static final long COMMIT_INTERVAL_MS = 30_000;
    private static final int READ_PAGE = 1000;

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource
    private TimerService timers;

    @Resource
    private SessionContext session;

    @jakarta.ejb.EJB
    private cn.scast.tianfu.platform.AuditTrail audit;

    private ListingIndex index;
    private ListingMatcher matcher;
    private Path directory;
    private boolean persistent;

    private volatile boolean rebuilding;
    private volatile Instant lastRebuild;
    private final AtomicLong rebuilds = new AtomicLong();
    /** Changes that arrive while a rebuild runs are applied again after it, so none is lost to its snapshot. */
    private final Queue<MatchableListing> changedDuringRebuild = new ConcurrentLinkedQueue<>();

    @PostConstruct
    void open() {
        directory = Path.of(System.getProperty("tianfu.index.dir",
                Path.of(System.getProperty("java.io.tmpdir"), "tianfu-index").toString()));
        try {
            Files.createDirectories(directory);
            index = ListingIndex.open(directory);
            persistent = true;
        } catch (IOException | RuntimeException e) {
            // A damaged or incompatible folder must not stop the platform: the index is only a cache.
            LOG.log(Level.WARNING, "listing index at " + directory + " cannot be opened, using memory until restart", e);
            index = ListingIndex.inMemory();
        }
        matcher = new ListingMatcher(index);
        timers.createIntervalTimer(COMMIT_INTERVAL_MS, COMMIT_INTERVAL_MS, new TimerConfig(COMMIT, false));
    }

    @PreDestroy
    void close() {
        try {
            index.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "listing index not closed cleanly; it is rebuilt on next start", e);
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void onTimer(Timer timer) {
        try {
            index.commit();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "listing index commit failed", e);
        }
    }

    /** The index folder, where the outbox position is kept beside the index. */
    public Path indexDirectory() {
        return directory;
    }

    /** Whether the index lives in its folder (false: in memory after the folder could not be opened). */
    public boolean persistent() {
        return persistent;
    }

    /** Makes every change applied so far durable; the outbox position may then move up to them. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void commit() {
        try {
            index.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("listing index commit failed", e);
        }
    }

    /**
     * Merges the index's segments after a bulk of changes (a city's file of listings through the outbox), so that
     * searches do not pay for the many small segments single updates leave behind.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void compactAfterBulkChanges() {
        try {
            long started = System.nanoTime();
            if (index.compactAfterBulkChanges(ListingIndex.COMPACT_AFTER_CHANGES)) {
                LOG.info(() -> "listing index merged after a bulk of changes in " + (System.nanoTime() - started) / 1_000_000 + " ms");
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "listing index not merged; searches stay correct, only slower", e);
        }
    }

    /** Takes a listing that no longer exists out of the index. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void remove(long listingId) {
        try {
            index.delete(listingId);
        } catch (IOException e) {
            throw new UncheckedIOException("listing index update failed for " + listingId, e);
        }
    }

    /** Reloads the whole index from the database; returns the number of matchable (published) listings. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long rebuild() {
        long started = System.nanoTime();
        rebuilding = true;
        try {
            List<MatchableListing> all = new ArrayList<>();
            long after = 0;
            while (true) {
                List<Listing> page = em.createQuery("SELECT l FROM Listing l WHERE l.id > :after ORDER BY l.id",
                                Listing.class)
                        .setParameter("after", after)
                        .setMaxResults(READ_PAGE)
                        .getResultList();
                if (page.isEmpty()) {
                    break;
                }
                for (Listing listing : page) {
                    all.add(MatchableListing.of(listing));
                }
                after = page.get(page.size() - 1).getId();
                em.clear();
            }
            long indexed = index.rebuild(all);
            rebuilding = false;
            for (MatchableListing late = changedDuringRebuild.poll(); late != null; late = changedDuringRebuild.poll()) {
                index.upsert(late);
            }
            lastRebuild = clock.instant();
            rebuilds.incrementAndGet();
            LOG.info(() -> "listing index rebuilt: " + indexed + " published of " + all.size() + " listings in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
            return indexed;
        } catch (IOException e) {
            throw new UncheckedIOException("listing index rebuild failed", e);
        } finally {
            rebuilding = false;
        }
    }

    /** Applies one committed change (any status: listings that are not published leave the index). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void upsert(MatchableListing listing) {
        try {
            if (rebuilding) {
                changedDuringRebuild.add(listing);
            }
            index.upsert(listing);
        } catch (IOException e) {
            throw new UncheckedIOException("listing index update failed for " + listing.id(), e);
        }
    }

    /**
     * The best counterparts of a listing (supplies for a demand, demands for a supply) with their reasons,
     * never proposing a pair that was declined.
     */
    public List<ProposedMatch> matchesFor(long listingId, int limit) {
        Listing source = em.find(Listing.class, listingId);
        if (source == null) {
            throw new ListingNotFoundException(listingId);
        }
        Set<Long> declined = declinedCounterparts(source);
        List<Object[]> lessonsFromDeclines = declinesTeachingAboutOthers(source);
        DeclineLessons lessons = DeclineLessons.of(source,
                counterpartsDeclinedAs(lessonsFromDeclines, DeclineReason.ALREADY_SOLVED),
                counterpartsDeclinedAs(lessonsFromDeclines, DeclineReason.BUDGET_MISMATCH));
        // lowered candidates make room for others: ask for a pool that does not depend on a short limit
        int wanted = lessons.isEmpty() ? limit : Math.min(MatchQuery.MAX_LIMIT, Math.max(limit, LESSON_POOL) + LESSON_POOL);
        List<Match> matches;
        try {
            matches = matcher.matchesFor(MatchableListing.of(source),
                    lowerLikeDeclined(lessonsFromDeclines, new MatchQuery(wanted, declined)));
        } catch (IOException e) {
            throw new UncheckedIOException("matching failed for listing " + listingId, e);
        }
        List<ProposedMatch> proposed = lessons.apply(withListings(matches, listing -> true));
        return proposed.size() > limit ? List.copyOf(proposed.subList(0, limit)) : proposed;
    }

    /**
     * Published listings of one side that fit a free-text query (the public search: 「石墨烯 储能」), best first,
     * with the words that made them fit.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ProposedMatch> search(String text, MarketSide side, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Match> matches;
        try {
            matches = matcher.search(text.strip(), side, new MatchQuery(limit, Set.of()));
        } catch (IOException e) {
            throw new UncheckedIOException("search failed for 「" + text + "」", e);
        }
        return withListings(matches, listing -> listing.getStatus() == cn.scast.tianfu.listing.ListingState.PUBLISHED);
    }

    /** The hits with their listings as stored, in hit order; hits whose listing is gone or not wanted are left out. */
    private List<ProposedMatch> withListings(List<Match> matches, java.util.function.Predicate<Listing> wanted) {
        if (matches.isEmpty()) {
            return List.of();
        }
        Map<Long, Listing> listings = em.createQuery("SELECT l FROM Listing l WHERE l.id IN :ids", Listing.class)
                .setParameter("ids", matches.stream().map(Match::listingId).toList())
                .getResultStream()
                .collect(Collectors.toMap(Listing::getId, Function.identity()));
        List<ProposedMatch> result = new ArrayList<>(matches.size());
        for (Match match : matches) {
            Listing listing = listings.get(match.listingId());
            if (listing != null && wanted.test(listing)) {
                result.add(new ProposedMatch(match, listing));
            }
        }
        return result;
    }

    /**
     * The listing's declines whose reason says something about similar candidates, as (reason, counterpart) pairs.
     * Either listing of the pair may have declined; the judgement is about the pair, so it counts for both.
     */
    private List<Object[]> declinesTeachingAboutOthers(Listing source) {
        String counterpart = source.getSide() == MarketSide.DEMAND ? "d.supplyId" : "d.demandId";
        String own = source.getSide() == MarketSide.DEMAND ? "d.demandId" : "d.supplyId";
        return em.createQuery("SELECT d.reason, l FROM MatchDecline d, Listing l"
                        + " WHERE " + own + " = :id AND l.id = " + counterpart + " AND d.reason IN :reasons", Object[].class)
                .setParameter("id", source.getId())
                .setParameter("reasons", List.of(DeclineReason.WRONG_FIELD, DeclineReason.TOO_FAR,
                        DeclineReason.ALREADY_SOLVED, DeclineReason.BUDGET_MISMATCH))
                .getResultList();
    }

    private static List<Listing> counterpartsDeclinedAs(List<Object[]> declines, DeclineReason reason) {
        return declines.stream().filter(row -> row[0] == reason).map(row -> (Listing) row[1]).toList();
    }

    /** After "wrong field" the declined counterpart's discipline is lowered in the index query, after "too far" its city. */
    private static MatchQuery lowerLikeDeclined(List<Object[]> declines, MatchQuery query) {
        Set<String> disciplines = new HashSet<>();
        Set<String> cities = new HashSet<>();
        for (Object[] row : declines) {
            Listing counterpart = (Listing) row[1];
            if (row[0] == DeclineReason.WRONG_FIELD && counterpart.getDisciplineCode() != null) {
                disciplines.add(counterpart.getDisciplineCode());
            } else if (row[0] == DeclineReason.TOO_FAR && counterpart.getCityCode() != null) {
                cities.add(counterpart.getCityCode());
            }
        }
        return query.lowering(disciplines, cities);
    }

    /** Ids of listings on the other side that were declined together with this one. */
    public Set<Long> declinedCounterparts(Listing source) {
        boolean demand = source.getSide() == MarketSide.DEMAND;
        String jpql = demand
                ? "SELECT d.supplyId FROM MatchDecline d WHERE d.demandId = :id"
                : "SELECT d.demandId FROM MatchDecline d WHERE d.supplyId = :id";
        return new HashSet<>(em.createQuery(jpql, Long.class).setParameter("id", source.getId()).getResultList());
    }

    /**
     * A 科技工作者 or 企事业单位 account (not staff) speaks only for its own listings; staff and administrators decline for
     * the listings they look after.
     */
    private void requireOwnListingForSelfService(long listingId) {
        boolean staff = session.isCallerInRole("admin") || session.isCallerInRole("city-staff");
        if (staff || !(session.isCallerInRole("worker") || session.isCallerInRole("enterprise"))) {
            return;
        }
        List<?> owner = em.createNativeQuery("SELECT owner_account FROM listing WHERE id = ?1")
                .setParameter(1, listingId).getResultList();
        if (owner.isEmpty() || !Callers.name(session).equals(owner.get(0))) {
            throw new cn.scast.tianfu.platform.RecordAccessRefused("只能谢绝自己发布的供需信息的匹配");
        }
    }

    /**
     * Records that the pair (one demand, one supply, in either order) does not fit; it is never proposed
     * again. Declining a pair twice keeps the first decision.
     */
    public MatchDecline decline(long listingId, long otherId, DeclineReason reason, String note) {
        if (reason == null) {
            throw ListingRejectedException.of("reason", "请选择不合适的原因："
                    + java.util.Arrays.stream(DeclineReason.values()).map(r -> r.name() + "（" + r.label() + "）")
                    .collect(Collectors.joining("、")));
        }
        if (note != null && note.codePointCount(0, note.length()) > MatchDecline.NOTE_MAX) {
            throw ListingRejectedException.of("note", "说明不能超过 " + MatchDecline.NOTE_MAX + " 个字符");
        }
        Listing one = em.find(Listing.class, listingId);
        if (one == null) {
            throw new ListingNotFoundException(listingId);
        }
        Listing other = em.find(Listing.class, otherId);
        if (other == null) {
            throw new ListingNotFoundException(otherId);
        }
        requireOwnListingForSelfService(listingId);
        if (one.getSide() == other.getSide()) {
            throw ListingRejectedException.of("otherId", "只能谢绝所能与所需之间的匹配：两条发布信息都属于「"
                    + one.getSide().label() + "」");
        }
        long demandId = one.getSide() == MarketSide.DEMAND ? one.getId() : other.getId();
        long supplyId = one.getSide() == MarketSide.SUPPLY ? one.getId() : other.getId();
        List<MatchDecline> existing = em.createQuery(
                        "SELECT d FROM MatchDecline d WHERE d.demandId = :demand AND d.supplyId = :supply", MatchDecline.class)
                .setParameter("demand", demandId)
                .setParameter("supply", supplyId)
                .getResultList();
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        MatchDecline decline = new MatchDecline(demandId, supplyId, reason, note, Callers.name(session), clock.instant());
        em.persist(decline);
        java.util.Map<String, Object> after = new java.util.LinkedHashMap<>();
        after.put("demandId", demandId);
        after.put("supplyId", supplyId);
        after.put("reason", reason.name());
        // Both listings name the decline in their history, whichever side declined.
        audit.record("listing.decline", "Listing", listingId, null, after, note);
        audit.record("listing.decline", "Listing", otherId, null, after, note);
        return decline;
    }

    /** Number of listings the index can propose right now. */
    public int indexedCount() {
        try {
            return index.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Instant lastRebuild() {
        return lastRebuild;
    }

    public long rebuildCount() {
        return rebuilds.get();
    }
}
