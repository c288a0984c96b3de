package cn.scast.tianfu.platform;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;

/**
 * Records privileged writes in the caller's transaction: the audit entry commits or rolls back with
 * the change it describes. States are stored as JSON snapshots of whatever the caller passes.
 */
@Stateless
public class AuditTrail {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    public void record(String action, String targetType, Object targetId, Object before, Object after, String detail) {
        em.persist(new AuditEntry(clock.instant(), Callers.name(session), action, targetType,
                targetId == null ? null : String.valueOf(targetId), toJson(before), toJson(after), detail));
    }

    public List<AuditEntry> forTarget(String targetType, Object targetId) {
        return em.createQuery("SELECT a FROM AuditEntry a WHERE a.targetType = :type AND a.targetId = :id "
                        + "ORDER BY a.occurredAt, a.id", AuditEntry.class)
                .setParameter("type", targetType)
                .setParameter("id", String.valueOf(targetId))
                .getResultList();
    }

    private static String toJson(Object state) {
        if (state == null) {
            return null;
        }
        return state instanceof String text ? text : JSON.toJson(state);
    }
}
