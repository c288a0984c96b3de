package cn.scast.tianfu.membership;

import cn.scast.tianfu.platform.KeysetLazyModel;
import cn.scast.tianfu.platform.Page;
import cn.scast.tianfu.platform.PageRequest;
import cn.scast.tianfu.platform.RecordAccessRefused;
import cn.scast.tianfu.platform.RefusedInput;
import cn.scast.tianfu.platform.XlsxExport;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** 科技工作者 screen: keyset-paged lazy table with name/city filters, create/edit dialog, Excel export. */
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

    private final KeysetLazyModel<WorkerView> model = new KeysetLazyModel<>() {
        @Override
        protected Page<WorkerView> fetch(PageRequest request) {
            return workers.page(nameFilter, cityFilter, null, request);
        }

        @Override
        protected Object filter() {
            return List.of(String.valueOf(nameFilter).strip(), String.valueOf(cityFilter));
        }

        @Override
        protected Long idOf(WorkerView row) {
            return row.id();
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
            model.reset();
        } catch (RefusedInput e) {
            FacesErrors.show("workerForm", e.errors());
        } catch (EJBAccessException | RecordAccessRefused e) {
            FacesErrors.global(FacesErrors.text("member.forbidden"));
        }
    }

    /** Downloads the whole filtered list as .xlsx, or explains the limit when it is too long. */
    public void export() throws IOException {
        try {
            XlsxExport.download(WorkerWorkbook.write(workers, nameFilter, cityFilter, null), "workers.xlsx");
        } catch (XlsxExport.TooManyRows e) {
            FacesErrors.global(e.getMessage());
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

    public KeysetLazyModel<WorkerView> getModel() { return model; }
    public String getNameFilter() { return nameFilter; }
    public void setNameFilter(String nameFilter) { this.nameFilter = nameFilter; }
    public String getCityFilter() { return cityFilter; }
    public void setCityFilter(String cityFilter) { this.cityFilter = cityFilter; }
    public WorkerForm getForm() { return form; }
    public Long getEditingId() { return editingId; }
}
