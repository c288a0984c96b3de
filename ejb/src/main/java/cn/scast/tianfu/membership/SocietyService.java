package cn.scast.tianfu.membership;

import cn.scast.tianfu.platform.FieldError;
import cn.scast.tianfu.platform.Page;
import cn.scast.tianfu.platform.PagedQuery;
import cn.scast.tianfu.platform.Text;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;

import java.util.List;
import java.util.Map;

/** 学会: create, update, find, search. Writes by admins, audited. */
@Stateless
@RolesAllowed("admin")
public class SocietyService extends RecordService<Society> {

    public SocietyService() {
        super(Society.class, Society::getId, "society",
                new FieldError("code", FormValidator.message("org.society.code.duplicate")));
    }

    public SocietyView create(SocietyForm form) {
        check(form, null);
        Society society = new Society(form.getCode().strip());
        apply(society, form);
        return SocietyView.of(created(society));
    }

    /** The code is the natural key and does not change; a different code in the form is ignored. */
    public SocietyView update(long id, SocietyForm form) {
        return SocietyView.of(updated(id, society -> {
            form.setCode(society.getCode());
            check(form, society);
            apply(society, form);
        }));
    }

    /** Links a society-officer login to its society (one society per officer). */
    public void appointOfficer(String username, long societyId) {
        Society society = load(societyId);
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
        return SocietyView.of(load(id));
    }

    @RolesAllowed({"admin", "city-staff", "society-officer", "worker", "enterprise"})
    public Page<SocietyView> search(String namePrefix, String disciplineCode, int offset, int limit) {
        return page(PagedQuery.of(em, Society.class, "s").orderBy("s.name")
                .startsWith("s.name", "prefix", namePrefix)
                .filter("s.disciplineCode = :d", "d", disciplineCode), offset, limit, SocietyView::of);
    }

    private void check(SocietyForm form, Society current) {
        List<FieldError> errors = validate(form);
        if (errors.isEmpty() && taken(current, "code", form.getCode().strip())) {
            throw duplicateKey();
        }
        refuseIfAny(errors);
    }

    private static void apply(Society society, SocietyForm form) {
        society.update(form.getName().strip(), Text.strippedOrNull(form.getDisciplineCode()), Text.strippedOrNull(form.getSupervisingUnit()));
    }

    @Override
    protected Object snapshot(Society society) {
        return SocietyView.of(society);
    }
}
