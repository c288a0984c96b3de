package cn.scast.tianfu.membership;

import cn.scast.tianfu.platform.RecordAccessRefused;
import cn.scast.tianfu.platform.RefusedInput;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** 市州科协 screen: the 21 associations (read-only), their counties, and a dialog for the contact fields. */
@Named("associationAdmin")
@ViewScoped
public class CityAssociationAdminBean implements Serializable {

    @EJB
    private CityAssociationService associations;

    private List<CityAssociationView> rows;
    private CityAssociationView selected;
    private List<CountyView> counties = List.of();
    private CityAssociationForm form = new CityAssociationForm();

    public List<CityAssociationView> getAssociations() {
        if (rows == null) {
            rows = associations.list();
        }
        return rows;
    }

    public void edit(CityAssociationView association) {
        selected = association;
        counties = associations.counties(association.id());
        form = new CityAssociationForm();
        form.setContactPerson(association.contactPerson());
        form.setContactPhone(association.contactPhone());
        form.setEmail(association.email());
        form.setAddress(association.address());
    }

    public void save() {
        try {
            associations.updateContact(selected.id(), form);
            FacesErrors.info(FacesErrors.text("association.saved"));
            rows = null;
        } catch (RefusedInput e) {
            FacesErrors.show("associationForm", e.errors());
        } catch (EJBAccessException | RecordAccessRefused e) {
            FacesErrors.global(FacesErrors.text("member.forbidden"));
        }
    }

    public CityAssociationView getSelected() { return selected; }
    public List<CountyView> getCounties() { return counties; }
    public CityAssociationForm getForm() { return form; }
}
