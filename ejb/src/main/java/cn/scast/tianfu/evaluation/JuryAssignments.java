package cn.scast.tianfu.evaluation;

import cn.scast.tianfu.evaluation.assignment.AssignmentPlan;
import cn.scast.tianfu.evaluation.assignment.JurorAssigner;
import cn.scast.tianfu.evaluation.assignment.Shortfall;
import cn.scast.tianfu.evaluation.conflict.ConflictChecker;
import cn.scast.tianfu.evaluation.conflict.ConflictVerdict;
import cn.scast.tianfu.evaluation.conflict.Recusal;
import cn.scast.tianfu.evaluation.model.Entry;
import cn.scast.tianfu.evaluation.model.EvaluationRound;
import cn.scast.tianfu.evaluation.model.JuryAssignment;
import cn.scast.tianfu.evaluation.model.Juror;
import cn.scast.tianfu.evaluation.model.RecusalDeclaration;
import cn.scast.tianfu.platform.AuditTrail;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Which jurors judge which entries of a round (评委分配): automatically by the assignment engine or by hand,
 * both refusing conflicted pairs. Refused manual assignments are audited (see {@link EvaluationAudit}).
 */
@Stateless
public class JuryAssignments {

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private AuditTrail audit;

    @EJB
    private EvaluationAudit rejections;

    private JuryRecords records;

    @PostConstruct
    void createRecords() {
        records = new JuryRecords(em);
    }

    /**
     * Replaces the round's assignments by the engine's plan: k conflict-free jurors of the entry's category
     * per entry (same organisation or recommending unit, declared recusals), loads balanced. Refused once
     * scoring has started, because it would orphan sheets.
     */
    public AssignmentSummary assignAutomatically(long roundId) {
        EvaluationRound round = records.round(roundId);
        long sheets = em.createQuery("SELECT COUNT(s) FROM ScoreSheet s WHERE s.round.id = :r", Long.class)
                .setParameter("r", roundId).getSingleResult();
        if (sheets > 0) {
            throw new EvaluationException(EvaluationException.Kind.NOT_ALLOWED, "本轮已有评分，不能重新自动分配");
        }
        em.createQuery("DELETE FROM JuryAssignment a WHERE a.round.id = :r").setParameter("r", roundId).executeUpdate();
        List<Entry> entries = records.entriesOf(roundId);
        List<Juror> jurors = panel(roundId);
        Map<String, Entry> entryById = entries.stream().collect(Collectors.toMap(e -> String.valueOf(e.getId()), e -> e));
        Map<String, Juror> jurorByName = jurors.stream().collect(Collectors.toMap(Juror::getUsername, j -> j));
        AssignmentPlan plan = new JurorAssigner(ConflictChecker.standard(recusals(roundId)))
                .assign(entries.stream().map(Entry::profile).toList(), jurors.stream().map(Juror::profile).toList(),
                        round.getJurorsPerEntry());
        Instant now = clock.instant();
        for (var a : plan.assignments()) {
            em.persist(new JuryAssignment(round, entryById.get(a.entryId()), jurorByName.get(a.jurorId()), false, now));
        }
        Map<String, Integer> loads = new TreeMap<>();
        plan.loadsByCategory().values().forEach(m -> m.forEach((j, n) -> loads.merge(j, n, Integer::sum)));
        List<String> shortfalls = plan.shortfalls().stream().map(Shortfall::message).toList();
        audit.record("EVAL_ASSIGN_AUTO", "evl_round", roundId, null,
                Map.of("assignments", plan.assignments().size(), "loads", loads, "shortfalls", shortfalls),
                "自动分配评委");
        return new AssignmentSummary(plan.assignments().size(), shortfalls, loads);
    }

    /** Assigns one juror by hand; refused when a conflict rule applies (the reasons are in the message). */
    public void assign(long roundId, long entryId, String jurorUsername) {
        EvaluationRound round = records.round(roundId);
        Juror juror = records.jurorOf(round, jurorUsername).orElseThrow(() -> new EvaluationException(
                EvaluationException.Kind.NOT_FOUND, "「" + jurorUsername + "」不是本轮评委"));
        Entry entry = records.entry(entryId);
        if (records.entriesOf(roundId).stream().noneMatch(e -> e.getId().equals(entryId))) {
            throw new EvaluationException(EvaluationException.Kind.NOT_FOUND, "作品不在本轮评审中");
        }
        ConflictVerdict verdict = ConflictChecker.standard(recusals(roundId)).check(juror.profile(), entry.profile());
        if (verdict.conflicted()) {
            String message = "不能分配：" + verdict.summary();
            rejections.rejected("EVAL_ASSIGN_REJECTED", "evl_assignment", roundId + "/" + entryId + "/" + jurorUsername,
                    null, message);
            throw new EvaluationException(EvaluationException.Kind.NOT_ALLOWED, message);
        }
        if (!records.isAssigned(juror, entryId)) {
            em.persist(new JuryAssignment(round, entry, juror, true, clock.instant()));
            audit.record("EVAL_ASSIGN_MANUAL", "evl_assignment", roundId + "/" + entryId, null,
                    Map.of("juror", jurorUsername), "手动分配评委");
        }
    }

    /** Entry id -> assigned jurors' usernames (sorted), for administration screens and tests. */
    public Map<Long, List<String>> assignments(long roundId) {
        Map<Long, List<String>> result = new TreeMap<>();
        for (JuryAssignment a : em.createQuery("SELECT a FROM JuryAssignment a WHERE a.round.id = :r "
                + "ORDER BY a.entry.id, a.juror.username", JuryAssignment.class).setParameter("r", roundId).getResultList()) {
            result.computeIfAbsent(a.getEntry().getId(), k -> new ArrayList<>()).add(a.getJuror().getUsername());
        }
        return result;
    }

    private List<Juror> panel(long roundId) {
        return em.createQuery("SELECT j FROM Juror j WHERE j.round.id = :r ORDER BY j.username", Juror.class)
                .setParameter("r", roundId).getResultList();
    }

    private List<Recusal> recusals(long roundId) {
        return em.createQuery("SELECT d FROM RecusalDeclaration d WHERE d.juror.round.id = :rid", RecusalDeclaration.class)
                .setParameter("rid", roundId).getResultList().stream().map(RecusalDeclaration::toRecusal).toList();
    }
}
