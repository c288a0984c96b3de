package cn.scast.tianfu.membership;

import cn.scast.tianfu.membership.identity.Issn;
import cn.scast.tianfu.platform.FieldError;
import cn.scast.tianfu.platform.Page;
import cn.scast.tianfu.platform.PagedQuery;
import cn.scast.tianfu.platform.RefusedInput;
import cn.scast.tianfu.platform.Text;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;

import java.util.List;

/**
 * 科技期刊: code and ISSN are unique (409), the ISSN check character is verified (400), the sponsoring
 * society must exist. Writes by admins, audited.
 */
@Stateless
@RolesAllowed("admin")
public class JournalService extends RecordService<Journal> {

    public JournalService() {
        super(Journal.class, Journal::getId, "journal",
                new FieldError("code", FormValidator.message("journal.code.duplicate")));
    }

    public JournalView create(JournalForm form) {
        Journal journal = new Journal(form.getCode() == null ? null : form.getCode().strip());
        apply(journal, form);
        return JournalView.of(created(journal));
    }

    /** The code is the natural key and stays; a different code in the form is ignored. */
    public JournalView update(long id, JournalForm form) {
        return JournalView.of(updated(id, journal -> {
            form.setCode(journal.getCode());
            apply(journal, form);
        }));
    }

    @RolesAllowed({"admin", "city-staff", "society-officer", "worker", "enterprise"})
    public JournalView find(long id) {
        return JournalView.of(load(id));
    }

    @RolesAllowed({"admin", "city-staff", "society-officer", "worker", "enterprise"})
    public Page<JournalView> search(String namePrefix, Long societyId, int offset, int limit) {
        return page(PagedQuery.of(em, Journal.class, "j").orderBy("j.name")
                .fetch("LEFT JOIN FETCH j.society")
                .startsWith("j.name", "prefix", namePrefix)
                .filter("j.society.id = :s", "s", societyId), offset, limit, JournalView::of);
    }

    private void apply(Journal journal, JournalForm form) {
        List<FieldError> errors = validate(form);
        Society society = form.getSocietyId() == null ? null : em.find(Society.class, form.getSocietyId());
        if (form.getSocietyId() != null && society == null) {
            errors.add(new FieldError("societyId", FormValidator.message("journal.society.unknown")));
        }
        refuseIfAny(errors);
        String issn = blank(form.getIssn()) ? null : Issn.normalise(form.getIssn());
        if (taken(journal, "code", journal.getCode())) {
            throw duplicateKey();
        }
        if (issn != null && taken(journal, "issn", issn)) {
            throw RefusedInput.conflicting("issn", FormValidator.message("journal.issn.duplicate"));
        }
        journal.update(form.getName().strip(), society, issn, Text.strippedOrNull(form.getCn()), Text.strippedOrNull(form.getDisciplineCode()));
    }

    @Override
    protected Object snapshot(Journal journal) {
        return JournalView.of(journal);
    }
}
