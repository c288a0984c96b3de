package cn.scast.tianfu.membership;

import cn.scast.tianfu.platform.RecordNotFound;
import cn.scast.tianfu.platform.RefusedInput;
import cn.scast.tianfu.platform.PagedQuery;
import cn.scast.tianfu.platform.Page;
import cn.scast.tianfu.platform.PageRequest;
import cn.scast.tianfu.platform.AuditTrail;
import cn.scast.tianfu.platform.FieldError;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.util.ArrayList;
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
public class StaffService {

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @EJB
    private AccountService accounts;

    @Inject
    private FormValidator validator;

    public StaffView create(StaffForm form) {
        List<FieldError> errors = new ArrayList<>(validator.validate(form));
        CityAssociation association = association(form, errors);
        String username = WorkerService.trim(form.getUsername());
        Optional<UserAccount> account = username == null ? Optional.empty() : accounts.findByUsername(username);
        if (username != null && account.isEmpty() && WorkerService.blank(form.getInitialPassword())
                && errors.stream().noneMatch(e -> e.field().equals("initialPassword"))) {
            errors.add(new FieldError("initialPassword", FormValidator.message("staff.password.required")));
        }
        if (!errors.isEmpty()) {
            throw RefusedInput.invalid(errors);
        }
        if (em.createQuery("SELECT COUNT(s) FROM Staff s WHERE s.username = :u", Long.class)
                .setParameter("u", username).getSingleResult() > 0) {
            throw duplicate();
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
        audit.record("staff.create", "Staff", staff.getId(), null,
                snapshot(staff, account.isPresent() ? "existing login, role city-staff added" : "login created"), null);
        return StaffView.of(staff);
    }

    /** Name and city association change; the username (the login) does not. */
    public StaffView update(long id, StaffForm form) {
        Staff staff = em.find(Staff.class, id);
        if (staff == null) {
            throw RecordNotFound.orHidden();
        }
        form.setUsername(staff.getUsername());
        form.setInitialPassword(null);
        List<FieldError> errors = new ArrayList<>(validator.validate(form));
        CityAssociation association = association(form, errors);
        if (!errors.isEmpty()) {
            throw RefusedInput.invalid(errors);
        }
        Map<String, Object> before = snapshot(staff, null);
        staff.update(form.getDisplayName().strip(), association);
        flush();
        audit.record("staff.update", "Staff", id, before, snapshot(staff, null), null);
        return StaffView.of(staff);
    }

    @RolesAllowed({"admin", "city-staff"})
    public StaffView find(long id) {
        Staff staff = em.find(Staff.class, id);
        if (staff == null) {
            throw RecordNotFound.orHidden();
        }
        return StaffView.of(staff);
    }

    @RolesAllowed({"admin", "city-staff"})
    public Page<StaffView> search(String namePrefix, String cityCode, int offset, int limit) {
        return PagedQuery.of(em, Staff.class, "s").orderBy("s.displayName")
                .fetch("JOIN FETCH s.cityAssociation")
                .startsWith("s.displayName", "prefix", namePrefix)
                .filter("s.cityAssociation.cityCode = :city", "city", cityCode)
                .page(PageRequest.at(offset, limit).clamped(WorkerService.MAX_PAGE), null, StaffView::of, Staff::getId);
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

    private void flush() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (!Constraints.isDuplicateKey(e)) {
                throw e;
            }
            throw duplicate();
        }
    }

    private static RefusedInput duplicate() {
        return RefusedInput.conflicting(List.of(new FieldError("username",
                FormValidator.message("staff.username.duplicate"))));
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
