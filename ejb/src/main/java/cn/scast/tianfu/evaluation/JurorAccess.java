package cn.scast.tianfu.evaluation;

import cn.scast.tianfu.evaluation.conflict.ConflictChecker;
import cn.scast.tianfu.evaluation.model.Entry;
import cn.scast.tianfu.evaluation.model.JuryAssignment;
import cn.scast.tianfu.evaluation.model.RecusalDeclaration;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * Whether a juror may read an entry's material: assigned to it in one of its rounds, no declared recusal
 * for it, and none of the standard conflict-of-interest rules (same organisation or recommending unit) applies.
 */
@Stateless
public class JurorAccess {

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    public boolean mayRead(String username, Entry entry) {
        List<JuryAssignment> assignments = em.createQuery(
                        "SELECT a FROM JuryAssignment a WHERE a.juror.username = :u AND a.entry.id = :e",
                        JuryAssignment.class)
                .setParameter("u", username).setParameter("e", entry.getId()).getResultList();
        if (assignments.isEmpty()) {
            return false;
        }
        List<RecusalDeclaration> recusals = em.createQuery(
                        "SELECT d FROM RecusalDeclaration d WHERE d.juror.username = :u AND d.entry.id = :e",
                        RecusalDeclaration.class)
                .setParameter("u", username).setParameter("e", entry.getId()).getResultList();
        if (!recusals.isEmpty()) {
            return false;
        }
        ConflictChecker checker = ConflictChecker.standard(List.of());
        return assignments.stream().noneMatch(a -> checker.isConflicted(a.getJuror().profile(), entry.profile()));
    }
}
