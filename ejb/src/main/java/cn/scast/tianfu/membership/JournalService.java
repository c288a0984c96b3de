package cn.scast.tianfu.membership;

import cn.scast.tianfu.platform.RecordNotFound;
import cn.scast.tianfu.platform.RefusedInput;
import cn.scast.tianfu.platform.PagedQuery;
import cn.scast.tianfu.platform.Page;
import cn.scast.tianfu.platform.PageRequest;
import cn.scast.tianfu.membership.identity.Issn;
import cn.scast.tianfu.platform.AuditTrail;
import cn.scast.tianfu.platform.FieldError;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.util.ArrayList;
import java.util.List;

/**
 * 科技期刊: code and ISSN are unique (409), the ISSN check character is verified (400), the sponsoring
 * society must exist. Writes by admins, audited.
 */
@Stateless
@RolesAllowed("admin")
public class JournalService {

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @Inject
    private FormValidator validator;

    public JournalView create(JournalForm form) {
        Journal journal = new Journal(form.getCode() == null ? null : form.getCode().strip());
        apply(journal, form);
        em.persist(journal);
        flush();
        audit.record("journal.create", "Journal", journal.getId(), null, JournalView.of(journal), null);
        return JournalView.of(journal);
    }

    /** The code is the natural key and stays; a different code in the form is ignored. */
    public JournalView update(long id, JournalForm form) {
        Journal journal = em.find(Journal.class, id);
        if (journal == null) {
            throw RecordNotFound.orHidden();
        }
        JournalView before = JournalView.of(journal);
        form.setCode(journal.getCode());
        apply(journal, form);
        flush();
        audit.record("journal.update", "Journal", id, before, JournalView.of(journal), null);
        return JournalView.of(journal);
    }

    @RolesAllowed({"admin", "city-staff", "society-officer", "worker", "enterprise"})
    public JournalView find(long id) {
        Journal journal = em.find(Journal.class, id);
        if (journal == null) {
            throw RecordNotFound.orHidden();
        }
        return JournalView.of(journal);
    }

    @RolesAllowed({"admin", "city-staff", "society-officer", "worker", "enterprise"})
    public Page<JournalView> search(String namePrefix, Long societyId, int offset, int limit) {
        return PagedQuery.of(em, Journal.class, "j").orderBy("j.name")
                .fetch("LEFT JOIN FETCH j.society")
                .startsWith("j.name", "prefix", namePrefix)
                .filter("j.society.id = :s", "s", societyId)
                .page(PageRequest.at(offset, limit).clamped(WorkerService.MAX_PAGE), null, JournalView::of, Journal::getId);
    }

    private void apply(Journal journal, JournalForm form) {
        List<FieldError> errors = new ArrayList<>(validator.validate(form));
        Society society = form.getSocietyId() == null ? null : em.find(Society.class, form.getSocietyId());
        if (form.getSocietyId() != null && society == null) {
            errors.add(new FieldError("societyId", FormValidator.message("journal.society.unknown")));
        }
        if (!errors.isEmpty()) {
            throw RefusedInput.invalid(errors);
        }
        String issn = WorkerService.blank(form.getIssn()) ? null : Issn.normalise(form.getIssn());
        long id = journal.getId() == null ? -1L : journal.getId();
        if (em.createQuery("SELECT COUNT(j) FROM Journal j WHERE j.code = :c AND j.id <> :id", Long.class)
                .setParameter("c", journal.getCode()).setParameter("id", id).getSingleResult() > 0) {
            throw conflict("code", "journal.code.duplicate");
        }
        if (issn != null && em.createQuery("SELECT COUNT(j) FROM Journal j WHERE j.issn = :i AND j.id <> :id", Long.class)
                .setParameter("i", issn).setParameter("id", id).getSingleResult() > 0) {
            throw conflict("issn", "journal.issn.duplicate");
        }
        journal.update(form.getName().strip(), society, issn, WorkerService.trim(form.getCn()),
                WorkerService.trim(form.getDisciplineCode()));
    }

    private void flush() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (!Constraints.isDuplicateKey(e)) {
                throw e;
            }
            throw conflict("code", "journal.code.duplicate");
        }
    }

    private static RefusedInput conflict(String field, String key) {
        return RefusedInput.conflicting(List.of(new FieldError(field, FormValidator.message(key))));
    }
}
