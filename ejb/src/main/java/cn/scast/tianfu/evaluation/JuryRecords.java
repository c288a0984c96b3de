package cn.scast.tianfu.evaluation;

import cn.scast.tianfu.evaluation.model.Entry;
import cn.scast.tianfu.evaluation.model.EvaluationRound;
import cn.scast.tianfu.evaluation.model.Juror;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Optional;

/**
 * The lookups that jury sheets, assignment and results share: rounds, entries and jurors, each refused with
 * the same message wherever it is missing. It works in the calling bean's persistence context and transaction.
 */
final class JuryRecords {

    private final EntityManager em;

    JuryRecords(EntityManager em) {
        this.em = em;
    }

    EvaluationRound round(long roundId) {
        EvaluationRound round = em.find(EvaluationRound.class, roundId);
        if (round == null) {
            throw new EvaluationException(EvaluationException.Kind.NOT_FOUND, "评审轮次不存在");
        }
        return round;
    }

    Entry entry(long entryId) {
        Entry entry = em.find(Entry.class, entryId);
        if (entry == null) {
            throw new EvaluationException(EvaluationException.Kind.NOT_FOUND, "作品不存在");
        }
        return entry;
    }

    Optional<Juror> jurorOf(EvaluationRound round, String username) {
        return em.createQuery("SELECT j FROM Juror j WHERE j.round.id = :r AND j.username = :u", Juror.class)
                .setParameter("r", round.getId()).setParameter("u", username).getResultStream().findFirst();
    }

    boolean isAssigned(Juror juror, long entryId) {
        return em.createQuery("SELECT COUNT(a) FROM JuryAssignment a WHERE a.juror.id = :j AND a.entry.id = :e", Long.class)
                .setParameter("j", juror.getId()).setParameter("e", entryId).getSingleResult() > 0;
    }

    /** The entries taking part in a round, by id. */
    List<Entry> entriesOf(long roundId) {
        return em.createQuery("SELECT re.entry FROM RoundEntry re WHERE re.round.id = :r ORDER BY re.entry.id", Entry.class)
                .setParameter("r", roundId).getResultList();
    }
}
