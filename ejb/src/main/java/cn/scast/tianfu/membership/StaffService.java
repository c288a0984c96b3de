package cn.scast.tianfu.membership;

import cn.scast.tianfu.platform.FieldError;
import cn.scast.tianfu.platform.Page;
import cn.scast.tianfu.platform.PagedQuery;
import cn.scast.tianfu.platform.Text;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 科服保姆: logins with role city-staff working for one city association. Admins create and edit them;
 * creating one for a new username also creates the login (with the initial password, hashed by
 * {@link AccountService}); an existing login gains the city-staff role. Passwords never reach the audit trail.
 */
@Stateless
@RolesAllowed("admin")
public class StaffService extends RecordService<Staff> {

    @EJB
    private AccountService accounts;

    public StaffService() {
        super(Staff.class, Staff::getId, "staff",
                new FieldError("username", FormValidator.message("staff.username.duplicate")));
    }

    public StaffView create(StaffForm form) {
        List<FieldError> errors = validate(form);
        CityAssociation association = association(form, errors);
        String username = Text.strippedOrNull(form.getUsername());
        Optional<UserAccount> account = username == null ? Optional.empty() : accounts.findByUsername(username);
        if (username != null && account.isEmpty() && blank(form.getInitialPassword())
                && !hasError(errors, "initialPassword")) {
            errors.add(new FieldError("initialPassword", FormValidator.message("staff.password.required")));
        }
        refuseIfAny(errors);
        if (taken(null, "username", username)) {
            throw duplicateKey();
        }
        if (account.isPresent()) {
            account.get().getRoles().add(Role.CITY_STAFF);
        } else {
            accounts.createAccount(username, form.getDisplayName().strip(), form.getInitialPassword().toCharArray(),
                    EnumSet.of(Role.CITY_STAFF));
        }
        Staff staff = new Staff(username, form.getDisplayName().strip(), association);
        em.persist(staff);
        flush();
        audited("create", staff, null,
                snapshot(staff, account.isPresent() ? "existing login, role city-staff added" : "login created"));
        return StaffView.of(staff);
    }

    /** Name and city association change; the username (the login) does not. */
    public StaffView update(long id, StaffForm form) {
        return StaffView.of(updated(id, staff -> {
            form.setUsername(staff.getUsername());
            form.setInitialPassword(null);
            List<FieldError> errors = validate(form);
            CityAssociation association = association(form, errors);
            refuseIfAny(errors);
            staff.update(form.getDisplayName().strip(), association);
        }));
    }

    @RolesAllowed({"admin", "city-staff"})
    public StaffView find(long id) {
        return StaffView.of(load(id));
    }

    @RolesAllowed({"admin", "city-staff"})
    public Page<StaffView> search(String namePrefix, String cityCode, int offset, int limit) {
        return page(PagedQuery.of(em, Staff.class, "s").orderBy("s.displayName")
                .fetch("JOIN FETCH s.cityAssociation")
                .startsWith("s.displayName", "prefix", namePrefix)
                .filter("s.cityAssociation.cityCode = :city", "city", cityCode), offset, limit, StaffView::of);
    }

    private CityAssociation association(StaffForm form, List<FieldError> errors) {
        if (form.getCityAssociationId() == null) {
            return null;
        }
        CityAssociation association = em.find(CityAssociation.class, form.getCityAssociationId());
        if (association == null) {
            errors.add(new FieldError("cityAssociationId", FormValidator.message("staff.association.unknown")));
        }
        return association;
    }

    @Override
    protected Map<String, Object> snapshot(Staff staff) {
        return snapshot(staff, null);
    }

    private static Map<String, Object> snapshot(Staff s, String login) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("id", s.getId());
        state.put("username", s.getUsername());
        state.put("displayName", s.getDisplayName());
        state.put("cityAssociationId", s.getCityAssociation().getId());
        if (login != null) {
            state.put("login", login);
        }
        return state;
    }
}
