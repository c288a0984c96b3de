package cn.scast.tianfu.membership;

import cn.scast.tianfu.platform.RecordNotFound;
import cn.scast.tianfu.platform.RefusedInput;
import cn.scast.tianfu.platform.PagedQuery;
import cn.scast.tianfu.platform.Page;
import cn.scast.tianfu.platform.PageRequest;
import cn.scast.tianfu.platform.FieldError;

import cn.scast.tianfu.platform.AuditTrail;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** 学会: create, update, find, search. Writes by admins, audited. */
@Stateless
@RolesAllowed("admin")
public class SocietyService {

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @Inject
    private FormValidator validator;

    public SocietyView create(SocietyForm form) {
        check(form, null);
        Society society = new Society(form.getCode().strip());
        society.update(form.getName().strip(), WorkerService.trim(form.getDisciplineCode()),
                WorkerService.trim(form.getSupervisingUnit()));
        em.persist(society);
        flush();
        audit.record("society.create", "Society", society.getId(), null, SocietyView.of(society), null);
        return SocietyView.of(society);
    }

    /** The code is the natural key and does not change; a different code in the form is ignored. */
    public SocietyView update(long id, SocietyForm form) {
        Society society = em.find(Society.class, id);
        if (society == null) {
            throw RecordNotFound.orHidden();
        }
        SocietyView before = SocietyView.of(society);
        form.setCode(society.getCode());
        check(form, society);
        society.update(form.getName().strip(), WorkerService.trim(form.getDisciplineCode()),
                WorkerService.trim(form.getSupervisingUnit()));
        flush();
        audit.record("society.update", "Society", id, before, SocietyView.of(society), null);
        return SocietyView.of(society);
    }

    /** Links a society-officer login to its society (one society per officer). */
    public void appointOfficer(String username, long societyId) {
        Society society = em.find(Society.class, societyId);
        if (society == null) {
            throw RecordNotFound.orHidden();
        }
        SocietyOfficer existing = em.find(SocietyOfficer.class, username);
        Long before = existing == null ? null : existing.getSociety().getId();
        if (existing != null) {
            em.remove(existing);
            em.flush();
        }
        em.persist(new SocietyOfficer(username, society));
        audit.record("society.officer", "SocietyOfficer", username,
                before == null ? null : Map.of("societyId", before), Map.of("societyId", societyId), null);
    }

    @RolesAllowed({"admin", "city-staff", "society-officer", "worker", "enterprise"})
    public SocietyView find(long id) {
        Society society = em.find(Society.class, id);
        if (society == null) {
            throw RecordNotFound.orHidden();
        }
        return SocietyView.of(society);
    }

    @RolesAllowed({"admin", "city-staff", "society-officer", "worker", "enterprise"})
    public Page<SocietyView> search(String namePrefix, String disciplineCode, int offset, int limit) {
        return PagedQuery.of(em, Society.class, "s").orderBy("s.name")
                .startsWith("s.name", "prefix", namePrefix)
                .filter("s.disciplineCode = :d", "d", disciplineCode)
                .page(PageRequest.at(offset, limit).clamped(WorkerService.MAX_PAGE), null, SocietyView::of, Society::getId);
    }

    private void check(SocietyForm form, Society current) {
        List<FieldError> errors = new ArrayList<>(validator.validate(form));
        if (errors.isEmpty()) {
            Long clash = em.createQuery("SELECT COUNT(s) FROM Society s WHERE s.code = :c AND s.id <> :id", Long.class)
                    .setParameter("c", form.getCode().strip())
                    .setParameter("id", current == null ? -1L : current.getId()).getSingleResult();
            if (clash > 0) {
                throw RefusedInput.conflicting(List.of(new FieldError("code",
                        FormValidator.message("org.society.code.duplicate"))));
            }
        }
        if (!errors.isEmpty()) {
            throw RefusedInput.invalid(errors);
        }
    }

    private void flush() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (!Constraints.isDuplicateKey(e)) {
                throw e;
            }
            throw RefusedInput.conflicting(List.of(new FieldError("code",
                    FormValidator.message("org.society.code.duplicate"))));
        }
    }
}
