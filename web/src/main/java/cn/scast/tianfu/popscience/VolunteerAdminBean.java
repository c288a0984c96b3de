package cn.scast.tianfu.popscience;

import cn.scast.tianfu.platform.RecordAccessRefused;
import cn.scast.tianfu.platform.RecordConflict;
import cn.scast.tianfu.platform.RecordNotFound;
import cn.scast.tianfu.platform.RuleViolation;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** Backs the 科普员 screen: register a town's 科普员 or change the person; city staff see their own city. */
@Named
@ViewScoped
public class VolunteerAdminBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private PopScienceVolunteers volunteers;

    private VolunteerForm form = new VolunteerForm();
    private Long editingId;
    private List<VolunteerView> rows;

    public List<VolunteerView> getRows() {
        if (rows == null) {
            rows = volunteers.editable();
        }
        return rows;
    }

    public void edit(VolunteerView v) {
        form = new VolunteerForm();
        form.cityCode = v.cityCode();
        form.countyCode = v.countyCode();
        form.town = v.town();
        form.name = v.name();
        form.mobile = v.mobile();
        form.organisation = v.organisation();
        form.accountUsername = v.accountUsername();
        editingId = v.id();
    }

    public void startNew() {
        form = new VolunteerForm();
        editingId = null;
    }

    public void cityChanged() {
        form.countyCode = null;
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            VolunteerView saved = editingId == null ? volunteers.register(form) : volunteers.update(editingId, form);
            editingId = saved.id();
            rows = null;
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    "已保存：" + saved.countyName() + saved.town() + " " + saved.name(), null));
        } catch (RuleViolation | RecordAccessRefused | RecordConflict | RecordNotFound refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
        } catch (EJBException failed) {
            Throwable cause = failed.getCause();
            if (!(cause instanceof RuntimeException refused) || !(cause instanceof RuleViolation
                    || cause instanceof RecordAccessRefused || cause instanceof RecordConflict)) {
                throw failed;
            }
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
        }
    }

    public VolunteerForm getForm() { return form; }
    public Long getEditingId() { return editingId; }
}
