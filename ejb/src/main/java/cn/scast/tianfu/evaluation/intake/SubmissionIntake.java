package cn.scast.tianfu.evaluation.intake;

import cn.scast.tianfu.evaluation.EvaluationAudit;
import cn.scast.tianfu.evaluation.EvaluationSetup;
import cn.scast.tianfu.membership.FormValidator;
import cn.scast.tianfu.platform.AuditTrail;
import cn.scast.tianfu.platform.Callers;
import cn.scast.tianfu.platform.FieldError;
import cn.scast.tianfu.platform.RecordAccessRefused;
import cn.scast.tianfu.platform.RefusedInput;
import cn.scast.tianfu.platform.Text;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The intake of every programme that takes submissions into an edition (award nominations, contest registrations):
 * every rule is checked before anything is written; an accepted submission becomes an engine entry in the edition's
 * first round; a refusal is audited in its own transaction and rolls the rest back. The subclass, a stateless bean,
 * is the programme's policy: its rules, its caller's own unit, its quota and its duplicates.
 *
 * @param <E> the programme's edition
 * @param <F> the form as submitted (REST body, screen form, import row)
 * @param <C> what the programme's rules made of the form
 * @param <S> the stored submission
 * @param <V> the submission as lists and the API show it
 */
public abstract class SubmissionIntake<E, F, C extends IntakeClaim, S extends Submission, V> {

    @Inject
    private Clock clock;

    @PersistenceContext(unitName = "tianfu")
    protected EntityManager em;

    @Resource
    protected SessionContext session;

    @EJB
    private EvaluationSetup setup;

    @EJB
    private EvaluationAudit refusals;

    @EJB
    private AuditTrail audit;

    @Inject
    private FormValidator validator;

    private final Class<E> editionType;
    private final Class<S> submissionType;
    private final IntakeTerms terms;

    protected SubmissionIntake(Class<E> editionType, Class<S> submissionType, IntakeTerms terms) {
        this.editionType = editionType;
        this.submissionType = submissionType;
        this.terms = terms;
    }

    /**
     * @param keepSame when the same submission is already there, return it unchanged instead of refusing (imports:
     *                 the same file twice changes nothing)
     */
    protected V submit(long editionId, F form, boolean keepSame) {
        try {
            return accept(editionId, form, keepSame);
        } catch (RefusedInput | RecordAccessRefused refused) {
            refusals.rejected(terms.refusedAction(), terms.editionTable(), String.valueOf(editionId), form,
                    refused.getMessage());
            throw refused;
        }
    }

    /** Checks the edition, the form's fields and the programme's rules; writes nothing and audits nothing. */
    protected C checkClaim(long editionId, F form) {
        return validClaim(edition(editionId), form);
    }

    private V accept(long editionId, F form, boolean keepSame) {
        E edition = edition(editionId);
        C claim = validClaim(edition, form);
        requireOwnUnit(claim);
        // The quota row is locked first: submissions against one unit's quota queue here, so the count is exact.
        Quota quota = lockQuota(editionId, claim).orElseThrow(() -> noQuota(claim));
        long categoryId = setup.categoryId(editionId, claim.category())
                .orElseThrow(() -> unknownCategory(claim));
        checkEligibility(edition, claim);
        Optional<S> same = findSame(editionId, claim);
        if (same.isPresent()) {
            if (keepSame && isSame(same.get(), claim)) {
                return view(same.get(), false);
            }
            throw duplicate(edition, same.get(), claim);
        }
        if (used(editionId, claim) >= quota.limit()) {
            throw RefusedInput.rule(terms.quotaField(), "「" + quota.unitName() + "」本届" + terms.submissionNoun()
                    + "名额 " + quota.limit() + " " + terms.quotaMeasure() + "已用完");
        }
        long round = setup.firstRoundId(editionId).orElseThrow();
        long entry = setup.createEntry(editionId, categoryId, round, claim.title(), claim.entrantName(),
                claim.organisation(), quota.unitName());
        S submission = submission(editionId, entry, claim, Callers.name(session), clock.instant());
        em.persist(submission);
        try {
            em.flush();
        } catch (PersistenceException e) {
            // Another submission of the same at the same moment: the unique key decided.
            throw concurrentDuplicate(claim);
        }
        audit.record(terms.acceptedAction(), terms.submissionTable(), submission.getId(), null,
                Map.of("edition", editionId, terms.quotaAuditKey(), claim.quotaUnit(), "entry", entry,
                        "title", submission.getTitle()), terms.acceptedReason());
        return view(submission, true);
    }

    private E edition(long editionId) {
        E edition = em.find(editionType, editionId);
        if (edition == null) {
            throw RefusedInput.rule(null, terms.editionNoun() + "届次 " + editionId + " 不存在");
        }
        return edition;
    }

    private C validClaim(E edition, F form) {
        requireValid(form);
        return claim(edition, form);
    }

    private void requireValid(F form) {
        if (form == null) {
            throw RefusedInput.invalid(List.of(new FieldError("body", "缺少" + terms.submissionNoun() + "内容")));
        }
        List<FieldError> errors = validator.validate(form);
        if (!errors.isEmpty()) {
            throw RefusedInput.invalid(errors);
        }
    }

    private long used(long editionId, C claim) {
        return em.createQuery("SELECT COUNT(s) FROM " + submissionType.getSimpleName() + " s WHERE s.editionId = :e "
                        + "AND s." + terms.quotaField() + " = :u", Long.class)
                .setParameter("e", editionId).setParameter("u", claim.quotaUnit()).getSingleResult();
    }

    /** The programme's rules for this edition; refuses what they do not allow. */
    protected abstract C claim(E edition, F form);

    /** Refuses a caller who may submit, but not for this unit (society officers, city staff). */
    protected abstract void requireOwnUnit(C claim);

    /** The quota of the claim's unit, its row locked until the transaction ends; empty when it has none. */
    protected abstract Optional<Quota> lockQuota(long editionId, C claim);

    protected abstract RefusedInput noQuota(C claim);

    protected abstract RefusedInput unknownCategory(C claim);

    /** Rules that need the edition's settings (a paper's publication window); none by default. */
    protected void checkEligibility(E edition, C claim) {
    }

    /** A submission of this edition that the claim would repeat. */
    protected abstract Optional<S> findSame(long editionId, C claim);

    /** Whether an import may keep the repeated submission as it is. */
    protected abstract boolean isSame(S existing, C claim);

    protected abstract RefusedInput duplicate(E edition, S existing, C claim);

    /** The refusal when the unique key turns down a submission that raced another one. */
    protected abstract RefusedInput concurrentDuplicate(C claim);

    protected abstract S submission(long editionId, long entryId, C claim, String submittedBy, Instant submittedAt);

    protected abstract V view(S submission, boolean created);

}
