package cn.scast.tianfu.membership;

import cn.scast.tianfu.platform.RecordNotFound;
import cn.scast.tianfu.platform.Text;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 市州科协: one per city of ref_city (21). The list is read-only apart from the contact fields, which an
 * admin or the association's own staff edit. Cities are reference data loaded after the schema exists,
 * so associations missing for a known city are added (named 〈city〉科学技术协会) when the list is read.
 */
@Stateless
@RolesAllowed({"admin", "city-staff", "society-officer"})
public class CityAssociationService extends RecordService<CityAssociation> {

    /** The city code is the only unique key, and no write changes it. */
    public CityAssociationService() {
        super(CityAssociation.class, CityAssociation::getId, "cityAssociation", null);
    }

    /** All associations in the official order of their cities, with county and staff counts. */
    public List<CityAssociationView> list() {
        int added = em.createNativeQuery("INSERT IGNORE INTO mem_city_association (city_code, name) "
                + "SELECT c.code, CONCAT(c.name, '科学技术协会') FROM ref_city c "
                + "WHERE NOT EXISTS (SELECT 1 FROM mem_city_association a WHERE a.city_code = c.code)").executeUpdate();
        if (added > 0) {
            audit.record("cityAssociation.create", "CityAssociation", null, null, Map.of("added", added),
                    "associations added for cities without one");
        }
        List<CityAssociationView> views = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT a.id, a.city_code, c.name, a.name, a.contact_person, a.contact_phone, "
                + "a.email, a.address, (SELECT COUNT(*) FROM ref_county k WHERE k.city_code = a.city_code), "
                + "(SELECT COUNT(*) FROM mem_staff s WHERE s.city_association_id = a.id) "
                + "FROM mem_city_association a JOIN ref_city c ON c.code = a.city_code ORDER BY c.sort_order, c.code")
                .getResultList()) {
            Object[] c = (Object[]) row;
            views.add(new CityAssociationView(((Number) c[0]).longValue(), String.valueOf(c[1]).strip(), (String) c[2],
                    (String) c[3], (String) c[4], (String) c[5], (String) c[6], (String) c[7],
                    ((Number) c[8]).intValue(), ((Number) c[9]).intValue()));
        }
        return views;
    }

    public CityAssociationView find(long id) {
        return list().stream().filter(a -> a.id() == id).findFirst()
                .orElseThrow(RecordNotFound::orHidden);
    }

    /** The counties (区/县/县级市) of the association's city, by code. */
    public List<CountyView> counties(long id) {
        CityAssociation association = load(id);
        List<CountyView> counties = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT code, name FROM ref_county WHERE city_code = ? ORDER BY code")
                .setParameter(1, association.getCityCode()).getResultList()) {
            Object[] c = (Object[]) row;
            counties.add(new CountyView(String.valueOf(c[0]).strip(), (String) c[1]));
        }
        return counties;
    }

    /** Contact fields only; city staff may edit their own association. */
    @RolesAllowed({"admin", "city-staff"})
    public CityAssociationView updateContact(long id, CityAssociationForm form) {
        CityAssociation association = load(id);
        caller().requireCity(association.getCityCode());
        changed("contact", association, a -> {
            refuseIfAny(validate(form));
            a.updateContact(Text.strippedOrNull(form.getContactPerson()), Text.strippedOrNull(form.getContactPhone()), Text.strippedOrNull(form.getEmail()),
                    Text.strippedOrNull(form.getAddress()));
        });
        return find(id);
    }

    /** The contact fields, as the audit trail keeps them. */
    @Override
    protected Map<String, Object> snapshot(CityAssociation a) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", a.getId());
        s.put("contactPerson", a.getContactPerson());
        s.put("contactPhone", a.getContactPhone());
        s.put("email", a.getEmail());
        s.put("address", a.getAddress());
        return s;
    }
}
