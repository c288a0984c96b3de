package cn.scast.tianfu.membership;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** 科技工作者 screen: lazy table with name/city filters, create/edit dialog with field messages. */
@Named("workerAdmin")
@ViewScoped
public class WorkerAdminBean implements Serializable {

    @EJB
    private WorkerService workers;

    private String nameFilter;
    private String cityFilter;
    private WorkerForm form = new WorkerForm();
    private Long editingId;
    private Map<String, String> cities;

    private final LazyDataModel<WorkerView> model = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, workers.search(nameFilter, cityFilter, null, 0, 1).total());
        }

        @Override
        public List<WorkerView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            Page<WorkerView> page = workers.search(nameFilter, cityFilter, null, first, pageSize);
            setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
            return page.items();
        }

        @Override
        public String getRowKey(WorkerView worker) {
            return String.valueOf(worker.id());
        }

        @Override
        public WorkerView getRowData(String rowKey) {
            return workers.find(Long.parseLong(rowKey));
        }
    };

    public void startCreate() {
        form = new WorkerForm();
        editingId = null;
    }

    public void edit(WorkerView worker) {
        WorkerView current = workers.find(worker.id());
        form = new WorkerForm();
        form.setName(current.name());
        form.setMobile(current.mobile());
        form.setEmail(current.email());
        form.setCityCode(current.cityCode());
        form.setCountyCode(current.countyCode());
        form.setDisciplineCode(current.disciplineCode());
        form.setTitle(current.title());
        form.setOrganisationId(current.organisationId());
        editingId = current.id();
    }

    public void save() {
        try {
            if (editingId == null) {
                workers.create(form);
            } else {
                workers.update(editingId, form);
            }
            FacesErrors.info(FacesErrors.text("member.saved"));
            form = new WorkerForm();
            editingId = null;
        } catch (MembershipValidationException e) {
            FacesErrors.show("workerForm", e.errors());
        } catch (EJBAccessException | MembershipAccessDeniedException e) {
            FacesErrors.global(FacesErrors.text("member.forbidden"));
        }
    }

    public Map<String, String> getCities() {
        if (cities == null) {
            cities = workers.cities();
        }
        return cities;
    }

    public String cityName(String code) {
        return code == null ? "" : getCities().getOrDefault(code, code);
    }

    public LazyDataModel<WorkerView> getModel() { return model; }
    public String getNameFilter() { return nameFilter; }
    public void setNameFilter(String nameFilter) { this.nameFilter = nameFilter; }
    public String getCityFilter() { return cityFilter; }
    public void setCityFilter(String cityFilter) { this.cityFilter = cityFilter; }
    public WorkerForm getForm() { return form; }
    public Long getEditingId() { return editingId; }
}
