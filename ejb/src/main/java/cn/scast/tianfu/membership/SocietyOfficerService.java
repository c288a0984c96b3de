package cn.scast.tianfu.membership;

import cn.scast.tianfu.platform.AuditTrail;
import cn.scast.tianfu.platform.FieldError;
import cn.scast.tianfu.platform.RefusedInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * 学会工作人员 accounts: the province office creates a login with role society-officer for one society. The officer
 * signs in with the initial password, must replace it first, and then nominates in that society's name only (the
 * award nomination service checks it). Passwords never reach the audit trail.
 */
@Stateless
@RolesAllowed("admin")
public class SocietyOfficerService {

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @EJB
    private AccountService accounts;

    @EJB
    private SocietyService societies;

    @EJB
    private AuditTrail audit;

    @Inject
    private FormValidator validator;

    /**
     * @throws RefusedInput field errors (400), or a login that is taken (409)
     */
    public SocietyOfficerView create(SocietyOfficerForm form) {
        List<FieldError> errors = new ArrayList<>(validator.validate(form));
        Society society = form.getSocietyId() == null ? null : em.find(Society.class, form.getSocietyId());
        if (form.getSocietyId() != null && society == null) {
            errors.add(new FieldError("societyId", "学会不存在"));
        }
        String username = form.getUsername() == null ? null : form.getUsername().strip();
        PasswordPolicy.problems(username == null ? "" : username, form.getInitialPassword() == null ? "" : form.getInitialPassword())
                .forEach(problem -> errors.add(new FieldError("initialPassword", problem.replace("新密码", "初始密码"))));
        if (!errors.isEmpty()) {
            throw RefusedInput.invalid(errors);
        }
        if (accounts.findByUsername(username).isPresent()) {
            throw RefusedInput.conflicting(List.of(new FieldError("username", "账号「" + username + "」已存在")));
        }
        UserAccount account = accounts.createAccount(username, form.getDisplayName().strip(),
                form.getInitialPassword().toCharArray(), EnumSet.of(Role.SOCIETY_OFFICER), true);
        em.flush();
        societies.appointOfficer(username, society.getId());
        audit.record("society.officer-create", "UserAccount", username, null,
                Map.of("society", society.getCode(), "role", Role.SOCIETY_OFFICER.roleName()),
                "为「" + society.getName() + "」开设学会工作人员账号");
        return view(account.getDisplayName(), em.find(SocietyOfficer.class, username));
    }

    public List<SocietyOfficerView> officers() {
        return em.createQuery("SELECT o, a.displayName FROM SocietyOfficer o, UserAccount a WHERE a.username = o.username "
                        + "ORDER BY o.society.name, o.username", Object[].class).getResultList().stream()
                .map(row -> view((String) row[1], (SocietyOfficer) row[0])).toList();
    }

    private static SocietyOfficerView view(String displayName, SocietyOfficer officer) {
        Society s = officer.getSociety();
        return new SocietyOfficerView(officer.getUsername(), displayName, s.getId(), s.getCode(), s.getName());
    }
}
