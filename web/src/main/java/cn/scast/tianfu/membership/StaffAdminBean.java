package cn.scast.tianfu.membership;

import cn.scast.tianfu.platform.RecordAccessRefused;
import cn.scast.tianfu.platform.RefusedInput;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** 科服保姆 screen: list by city, create (with login) and edit dialog. */
@Named("staffAdmin")
@ViewScoped
public class StaffAdminBean implements Serializable {

    @EJB
    private StaffService staff;

    @EJB
    private CityAssociationService associations;

    private String cityFilter;
    private List<StaffView> rows;
    private List<CityAssociationView> associationChoices;
    private StaffForm form = new StaffForm();
    private Long editingId;

    public List<StaffView> getStaff() {
        if (rows == null) {
            rows = staff.search(null, cityFilter, 0, WorkerService.MAX_PAGE).items();
        }
        return rows;
    }

    public List<CityAssociationView> getAssociations() {
        if (associationChoices == null) {
            associationChoices = associations.list();
        }
        return associationChoices;
    }

    public void search() {
        rows = null;
    }

    public void startCreate() {
        form = new StaffForm();
        editingId = null;
    }

    public void edit(StaffView member) {
        form = new StaffForm();
        form.setUsername(member.username());
        form.setDisplayName(member.displayName());
        form.setCityAssociationId(member.cityAssociationId());
        editingId = member.id();
    }

    public void save() {
        try {
            if (editingId == null) {
                staff.create(form);
            } else {
                staff.update(editingId, form);
            }
            FacesErrors.info(FacesErrors.text("staff.saved"));
            startCreate();
            rows = null;
        } catch (RefusedInput e) {
            FacesErrors.show("staffForm", e.errors());
        } catch (EJBAccessException | RecordAccessRefused e) {
            FacesErrors.global(FacesErrors.text("member.forbidden"));
        }
    }

    public String getCityFilter() { return cityFilter; }
    public void setCityFilter(String cityFilter) { this.cityFilter = cityFilter; }
    public StaffForm getForm() { return form; }
    public Long getEditingId() { return editingId; }
}
