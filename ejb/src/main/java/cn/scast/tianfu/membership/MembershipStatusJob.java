package cn.scast.tianfu.membership;

import cn.scast.tianfu.platform.ChinaTime;
import cn.scast.tianfu.platform.AuditTrail;
import cn.scast.tianfu.platform.NodeRole;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Moves memberships along CURRENT → GRACE → EXPIRED by their paid-until date (and back to CURRENT
 * after a renewal) every night at 02:00 China time, or on demand. One UPDATE per transition and
 * table, in one transaction; each transition that moved rows is audited with its before/after status.
 */
// Created at deployment, not by its first timer: a singleton created while the application is being
// undeployed makes Payara's singleton shutdown fail (ConcurrentModificationException), and the next
// deployment's batch jobs then cannot load their artifacts.
@Startup
@Singleton
@Lock(LockType.WRITE)
public class MembershipStatusJob {
    private static final Logger LOG = Logger.getLogger(MembershipStatusJob.class.getName());
    private static final List<String> TABLES = List.of("mem_society_membership", "mem_organisation_membership");

    /** from, to, condition on paid_until (?1 = today, ?2 = last day of grace = today - 91 days... see below). */
    private record Transition(MembershipStatus from, MembershipStatus to, String condition) {
    }

    // ?1 = today; ?2 = the earliest paid-until date still in grace (today - 90 days)
    private static final List<Transition> TRANSITIONS = List.of(
            new Transition(MembershipStatus.CURRENT, MembershipStatus.EXPIRED, "paid_until < ?2"),
            new Transition(MembershipStatus.CURRENT, MembershipStatus.GRACE, "paid_until < ?1 AND paid_until >= ?2"),
            new Transition(MembershipStatus.GRACE, MembershipStatus.EXPIRED, "paid_until < ?2"),
            new Transition(MembershipStatus.GRACE, MembershipStatus.CURRENT, "paid_until >= ?1"),
            new Transition(MembershipStatus.EXPIRED, MembershipStatus.CURRENT, "paid_until >= ?1"),
            new Transition(MembershipStatus.EXPIRED, MembershipStatus.GRACE, "paid_until < ?1 AND paid_until >= ?2"));

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private AuditTrail audit;

    @Schedule(hour = "2", minute = "0", second = "0", timezone = "Asia/Shanghai", persistent = false,
            info = "membership-status")
    @PermitAll
    void nightly() {
        if (!NodeRole.current().runsBackOffice()) {
            return;
        }
        Map<String, Integer> moved = apply(ChinaTime.today(clock));
        LOG.info(() -> "membership status recalculation: " + moved);
    }

    /** Recalculates as of {@code today}; returns rows moved per "table:FROM->TO". */
    @RolesAllowed("admin")
    public Map<String, Integer> recalculate(LocalDate today) {
        return apply(today);
    }

    private Map<String, Integer> apply(LocalDate today) {
        Date todayParam = Date.valueOf(today);
        Date graceStart = Date.valueOf(today.minusDays(MembershipStatus.GRACE_DAYS));
        Map<String, Integer> moved = new LinkedHashMap<>();
        for (String table : TABLES) {
            for (Transition t : TRANSITIONS) {
                String sql = "UPDATE " + table + " SET status = '" + t.to() + "', version = version + 1 WHERE status = '"
                        + t.from() + "' AND " + t.condition().replace("?1", "?").replace("?2", "?");
                var query = em.createNativeQuery(sql);
                int position = 1;
                for (int i = 0; i < t.condition().length() - 1; i++) {
                    if (t.condition().charAt(i) == '?') {
                        query.setParameter(position++, t.condition().charAt(i + 1) == '1' ? todayParam : graceStart);
                    }
                }
                int rows = query.executeUpdate();
                if (rows > 0) {
                    String key = table + ":" + t.from() + "->" + t.to();
                    moved.put(key, rows);
                    audit.record("membership.status", table, today.toString(),
                            Map.of("status", t.from().name(), "rows", rows),
                            Map.of("status", t.to().name(), "rows", rows),
                            "recalculated as of " + today + " (" + t.condition().replace("?1", today.toString())
                                    .replace("?2", graceStart.toString()) + ")");
                }
            }
        }
        em.getEntityManagerFactory().getCache().evict(SocietyMembership.class);
        return moved;
    }
}
