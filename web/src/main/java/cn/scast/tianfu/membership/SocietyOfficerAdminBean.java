package cn.scast.tianfu.membership;

import cn.scast.tianfu.platform.RefusedInput;
import cn.scast.tianfu.web.Messages;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** 学会工作人员 screen: the province office opens an officer account for a society and sees the existing ones. */
@Named("societyOfficerAdmin")
@ViewScoped
public class SocietyOfficerAdminBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SocietyOfficerService officers;

    @EJB
    private SocietyService societies;

    private SocietyOfficerForm form = new SocietyOfficerForm();
    private List<SocietyView> societyChoices;

    public void create() {
        try {
            SocietyOfficerView created = officers.create(form);
            FacesErrors.info(Messages.of("mm", "officer.created", created.societyName(), created.username()));
            form = new SocietyOfficerForm();
        } catch (RefusedInput e) {
            FacesErrors.show("officerForm", e.errors());
        } catch (EJBAccessException e) {
            FacesErrors.global(FacesErrors.text("member.forbidden"));
        }
    }

    public List<SocietyOfficerView> getOfficers() {
        try {
            return officers.officers();
        } catch (EJBAccessException e) {
            return List.of();
        }
    }

    public List<SocietyView> getSocieties() {
        if (societyChoices == null) {
            societyChoices = societies.search(null, null, 0, WorkerService.MAX_PAGE).items();
        }
        return societyChoices;
    }

    public SocietyOfficerForm getForm() { return form; }
}
