package cn.scast.tianfu.membership;

import cn.scast.tianfu.platform.RecordAccessRefused;
import cn.scast.tianfu.platform.RefusedInput;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** 科技期刊 screen: list with name filter, create/edit dialog (ISSN checked by the service). */
@Named("journalAdmin")
@ViewScoped
public class JournalAdminBean implements Serializable {

    @EJB
    private JournalService journals;

    @EJB
    private SocietyService societies;

    private String nameFilter;
    private List<JournalView> rows;
    private List<SocietyView> societyChoices;
    private JournalForm form = new JournalForm();
    private Long editingId;

    public List<JournalView> getJournals() {
        if (rows == null) {
            rows = journals.search(nameFilter, null, 0, WorkerService.MAX_PAGE).items();
        }
        return rows;
    }

    public List<SocietyView> getSocieties() {
        if (societyChoices == null) {
            societyChoices = societies.search(null, null, 0, WorkerService.MAX_PAGE).items();
        }
        return societyChoices;
    }

    public void search() {
        rows = null;
    }

    public void startCreate() {
        form = new JournalForm();
        editingId = null;
    }

    public void edit(JournalView journal) {
        form = new JournalForm();
        form.setCode(journal.code());
        form.setName(journal.name());
        form.setSocietyId(journal.societyId());
        form.setIssn(journal.issn());
        form.setCn(journal.cn());
        form.setDisciplineCode(journal.disciplineCode());
        editingId = journal.id();
    }

    public void save() {
        try {
            if (editingId == null) {
                journals.create(form);
            } else {
                journals.update(editingId, form);
            }
            FacesErrors.info(FacesErrors.text("journal.saved"));
            startCreate();
            rows = null;
        } catch (RefusedInput e) {
            FacesErrors.show("journalForm", e.errors());
        } catch (EJBAccessException | RecordAccessRefused e) {
            FacesErrors.global(FacesErrors.text("member.forbidden"));
        }
    }

    public String getNameFilter() { return nameFilter; }
    public void setNameFilter(String nameFilter) { this.nameFilter = nameFilter; }
    public JournalForm getForm() { return form; }
    public Long getEditingId() { return editingId; }
}
