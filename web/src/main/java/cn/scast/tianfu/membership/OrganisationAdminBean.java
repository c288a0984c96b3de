package cn.scast.tianfu.membership;

import cn.scast.tianfu.platform.Page;
import cn.scast.tianfu.platform.RecordAccessRefused;
import cn.scast.tianfu.platform.RefusedInput;
import cn.scast.tianfu.platform.XlsxExport;
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

/** 会员单位 screen: lazy table with filters, create/edit dialog. */
@Named("organisationAdmin")
@ViewScoped
public class OrganisationAdminBean implements Serializable {

    @EJB
    private OrganisationService organisations;

    private String nameFilter;
    private String cityFilter;
    private OrganisationType typeFilter;
    private OrganisationForm form = new OrganisationForm();
    private Long editingId;

    private final LazyDataModel<OrganisationView> model = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, organisations.search(nameFilter, cityFilter, typeFilter, 0, 1).total());
        }

        @Override
        public List<OrganisationView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                           Map<String, FilterMeta> filterBy) {
            Page<OrganisationView> page = organisations.search(nameFilter, cityFilter, typeFilter, first, pageSize);
            setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
            return page.items();
        }

        @Override
        public String getRowKey(OrganisationView organisation) {
            return String.valueOf(organisation.id());
        }

        @Override
        public OrganisationView getRowData(String rowKey) {
            return organisations.find(Long.parseLong(rowKey));
        }
    };

    public void startCreate() {
        form = new OrganisationForm();
        editingId = null;
    }

    public void edit(OrganisationView organisation) {
        form = new OrganisationForm();
        form.setType(organisation.type());
        form.setName(organisation.name());
        form.setCreditCode(organisation.creditCode());
        form.setCityCode(organisation.cityCode());
        editingId = organisation.id();
    }

    public void save() {
        try {
            if (editingId == null) {
                organisations.create(form);
            } else {
                organisations.update(editingId, form);
            }
            FacesErrors.info(FacesErrors.text("org.saved"));
            form = new OrganisationForm();
            editingId = null;
        } catch (RefusedInput e) {
            FacesErrors.show("organisationForm", e.errors());
        } catch (EJBAccessException | RecordAccessRefused e) {
            FacesErrors.global(FacesErrors.text("member.forbidden"));
        }
    }

    /** Downloads the whole filtered list as .xlsx, or explains the limit when it is too long. */
    public void export() throws java.io.IOException {
        try {
            XlsxExport.download(OrganisationWorkbook.write(organisations, nameFilter, cityFilter, typeFilter),
                    "organisations.xlsx");
        } catch (XlsxExport.TooManyRows e) {
            FacesErrors.global(e.getMessage());
        }
    }

    public OrganisationType[] getTypes() {
        return OrganisationType.values();
    }

    public String typeName(OrganisationType type) {
        return type == null ? "" : FacesErrors.text("org.type." + type.name());
    }

    public LazyDataModel<OrganisationView> getModel() { return model; }
    public String getNameFilter() { return nameFilter; }
    public void setNameFilter(String nameFilter) { this.nameFilter = nameFilter; }
    public String getCityFilter() { return cityFilter; }
    public void setCityFilter(String cityFilter) { this.cityFilter = cityFilter; }
    public OrganisationType getTypeFilter() { return typeFilter; }
    public void setTypeFilter(OrganisationType typeFilter) { this.typeFilter = typeFilter; }
    public OrganisationForm getForm() { return form; }
    public Long getEditingId() { return editingId; }
}
