package cn.scast.tianfu.matching;

import cn.scast.tianfu.listing.Listing;
import cn.scast.tianfu.membership.UserAccount;
import cn.scast.tianfu.notification.Notifier;
import cn.scast.tianfu.platform.ChinaTime;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The weekly digest of new matches: for an account that owns listings, the counterparts published in the last seven
 * days among each listing's best matches, in one inbox message (and mail to a verified address). Sent at most once per
 * account and week; an account with nothing new gets nothing.
 */
@Stateless
@PermitAll
public class MatchDigests {

    static final int MATCHES_PER_LISTING = 10;
    static final int LINES_MAX = 20;

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private MatchingService matching;

    @EJB
    private Notifier notifier;

    /** The Monday of the week a day lies in: the week a digest is sent for. */
    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Accounts that own at least one published listing, after {@code afterUsername}, in username order. */
    public List<String> owners(String afterUsername, int limit) {
        return em.createNativeQuery("SELECT DISTINCT owner_account FROM listing WHERE owner_account IS NOT NULL "
                        + "AND status = 'PUBLISHED' AND owner_account > ?1 ORDER BY owner_account")
                .setParameter(1, afterUsername == null ? "" : afterUsername).setMaxResults(limit).getResultList()
                .stream().map(String.class::cast).toList();
    }

    /** Sends the account's digest for the week, unless it was sent already or there is nothing new; the count sent. */
    public int send(String username, LocalDate weekStart, Instant now) {
        if (!em.createNativeQuery("SELECT 1 FROM match_digest WHERE username = ?1 AND week_start = ?2")
                .setParameter(1, username).setParameter(2, weekStart).getResultList().isEmpty()) {
            return 0;
        }
        UserAccount account = em.createQuery("SELECT a FROM UserAccount a WHERE a.username = :u", UserAccount.class)
                .setParameter("u", username).getResultStream().findFirst().orElse(null);
        if (account == null) {
            return 0;
        }
        Instant since = now.minus(java.time.Duration.ofDays(7));
        List<String> lines = new ArrayList<>();
        for (Listing own : ownListings(username)) {
            for (ProposedMatch match : matching.matchesFor(own.getId(), MATCHES_PER_LISTING)) {
                if (match.counterpart().getCreatedAt().isAfter(since) && lines.size() < LINES_MAX) {
                    lines.add("· 「" + own.getTitle() + "」新匹配：" + match.counterpart().getTitle() + "（"
                            + match.counterpart().getKind().label() + "）");
                }
            }
        }
        if (lines.isEmpty()) {
            return 0;
        }
        notifier.notify(account, "match-digest", "【天府科技云】本周新匹配 " + lines.size() + " 条",
                account.getDisplayName() + "，您好：\n\n" + weekStart + " 这一周，您发布的供需有这些新的匹配：\n"
                        + String.join("\n", lines) + "\n\n登录后在「我的供需」中可申请对接或标记不合适。\n\n天府科技云");
        em.createNativeQuery("INSERT INTO match_digest (username, week_start, matches, sent_at) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, username).setParameter(2, weekStart).setParameter(3, lines.size())
                .setParameter(4, java.sql.Timestamp.from(now)).executeUpdate();
        return lines.size();
    }

    /** This week's Monday in China. */
    public LocalDate currentWeek() {
        return weekOf(ChinaTime.today(clock));
    }

    private List<Listing> ownListings(String username) {
        List<Long> ids = em.createNativeQuery("SELECT id FROM listing WHERE owner_account = ?1 AND status = 'PUBLISHED'")
                .setParameter(1, username).getResultList().stream().map(id -> ((Number) id).longValue()).toList();
        return ids.isEmpty() ? List.of() : em.createQuery("SELECT l FROM Listing l WHERE l.id IN :ids", Listing.class)
                .setParameter("ids", ids).getResultList();
    }
}
