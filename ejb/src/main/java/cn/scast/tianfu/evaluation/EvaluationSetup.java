package cn.scast.tianfu.evaluation;

import cn.scast.tianfu.evaluation.model.Category;
import cn.scast.tianfu.evaluation.model.Edition;
import cn.scast.tianfu.evaluation.model.Entry;
import cn.scast.tianfu.evaluation.model.EvaluationRound;
import cn.scast.tianfu.evaluation.model.Juror;
import cn.scast.tianfu.evaluation.model.Programme;
import cn.scast.tianfu.evaluation.model.ProgrammeKind;
import cn.scast.tianfu.evaluation.model.RoundEntry;
import cn.scast.tianfu.evaluation.scoring.Criterion;
import cn.scast.tianfu.platform.AuditTrail;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Configures programmes, editions, categories, rounds, entries and jury panels; returns the new ids. */
@Stateless
public class EvaluationSetup {

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private AuditTrail audit;

    public long countProgrammes() {
        return em.createQuery("SELECT COUNT(p) FROM Programme p", Long.class).getSingleResult();
    }

    public long createProgramme(ProgrammeKind kind, String name) {
        Programme p = new Programme(kind, name);
        em.persist(p);
        em.flush();
        return p.getId();
    }

    public long createEdition(long programmeId, int year, String name) {
        Edition e = new Edition(em.find(Programme.class, programmeId), year, name);
        em.persist(e);
        em.flush();
        return e.getId();
    }

    public long createCategory(long editionId, String code, String name) {
        Category c = new Category(em.find(Edition.class, editionId), code, name);
        em.persist(c);
        em.flush();
        return c.getId();
    }

    public long createRound(long editionId, RoundSpec spec) {
        EvaluationRound r = new EvaluationRound(em.find(Edition.class, editionId), spec.seq(), spec.name(),
                spec.opensAt(), spec.closesAt(), spec.formType(), spec.blind(), spec.jurorsPerEntry(),
                spec.advancingPlaces(), spec.advancementPolicy(), spec.tieBreakers(), spec.tierScheme());
        for (Criterion c : spec.criteria()) {
            r.addCriterion(c);
        }
        r.form(); // refuses an invalid form before it is stored
        em.persist(r);
        em.flush();
        return r.getId();
    }

    /** The id of an edition's category by its code. */
    public Optional<Long> categoryId(long editionId, String code) {
        return em.createQuery("SELECT c.id FROM Category c WHERE c.edition.id = :e AND c.code = :c", Long.class)
                .setParameter("e", editionId).setParameter("c", code).getResultStream().findFirst();
    }

    /** The id of an edition's first round, where new entries start. */
    public Optional<Long> firstRoundId(long editionId) {
        return em.createQuery("SELECT r.id FROM EvaluationRound r WHERE r.edition.id = :e ORDER BY r.seq", Long.class)
                .setParameter("e", editionId).setMaxResults(1).getResultStream().findFirst();
    }

    /** Adds an entry to the edition and, when a round is given, enters it into that round. */
    public long createEntry(long editionId, long categoryId, Long firstRoundId, String title, String entrantName,
                            String organisation, String recommendingUnit) {
        Entry e = new Entry(em.find(Edition.class, editionId), em.find(Category.class, categoryId), title, entrantName,
                organisation, recommendingUnit);
        em.persist(e);
        if (firstRoundId != null) {
            EvaluationRound round = em.find(EvaluationRound.class, firstRoundId);
            em.persist(new RoundEntry(round, e, clock.instant()));
            e.moveTo(round);
        }
        em.flush();
        return e.getId();
    }

    public long addJuror(long roundId, String username, String displayName, String organisation,
                         Collection<String> categoryCodes, boolean chair) {
        Juror j = new Juror(em.find(EvaluationRound.class, roundId), username, displayName, organisation, categoryCodes,
                chair);
        em.persist(j);
        em.flush();
        return j.getId();
    }

    /** Moves a round's scoring window (extend, or close early); audited. */
    public void reschedule(long roundId, Instant opensAt, Instant closesAt) {
        EvaluationRound r = em.find(EvaluationRound.class, roundId);
        Map<String, Object> before = Map.of("opensAt", r.getOpensAt(), "closesAt", r.getClosesAt());
        r.reschedule(opensAt, closesAt);
        audit.record("EVAL_ROUND_RESCHEDULE", "evl_round", roundId, before,
                Map.of("opensAt", opensAt, "closesAt", closesAt), "调整评审时间");
    }
}
