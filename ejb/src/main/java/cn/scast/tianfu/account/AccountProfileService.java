package cn.scast.tianfu.account;

import cn.scast.tianfu.membership.AccountStatus;
import cn.scast.tianfu.membership.Organisation;
import cn.scast.tianfu.membership.Worker;
import cn.scast.tianfu.membership.identity.InvalidIdentifierException;
import cn.scast.tianfu.membership.identity.MobilePhoneNumber;
import cn.scast.tianfu.platform.AuditTrail;
import cn.scast.tianfu.platform.Callers;
import cn.scast.tianfu.platform.FieldError;
import cn.scast.tianfu.platform.RecordNotFound;
import cn.scast.tianfu.platform.Text;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 个人资料: an approved 科技工作者 or 企事业单位 account reads and edits its own profile. Every field is checked as at
 * registration and all problems are answered together; nothing changes when one is wrong. The linked worker or
 * organisation record follows; a changed e-mail address is unverified again and gets a new verification link. Audited.
 */
@Stateless
@RolesAllowed({"worker", "enterprise"})
public class AccountProfileService {

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @EJB
    private OneTimeLinks links;

    @EJB
    private AuditTrail audit;

    public ProfileView mine() {
        return ProfileView.of(application());
    }

    public ProfileView update(ProfileForm form) {
        AccountApplication application = application();
        boolean worker = application.getKind() == ApplicationKind.WORKER;
        List<FieldError> errors = new ArrayList<>();
        String name = SelfRegistrationService.requiredText(form.getName(), "name", worker ? "姓名" : "单位名称",
                worker ? SelfRegistrationService.NAME_MAX : SelfRegistrationService.ORGANISATION_NAME_MAX, errors);
        String mobile = mobile(form.getMobile(), application, errors);
        String email = SelfRegistrationService.email(form.getEmail(), errors);
        String city = RegionFields.city(em, form.getCityCode(), errors);
        String county = worker ? RegionFields.county(em, form.getCountyCode(), city, errors) : null;
        String discipline = worker ? discipline(form.getDisciplineCode(), errors) : null;
        String unit = worker ? SelfRegistrationService.optionalText(form.getUnitName(), "unitName", "工作单位",
                SelfRegistrationService.ORGANISATION_NAME_MAX, errors) : null;
        String contact = worker ? null : SelfRegistrationService.requiredText(form.getContactPerson(), "contactPerson",
                "联系人", SelfRegistrationService.NAME_MAX, errors);
        SelfRegistrationService.refuse(errors);

        Map<String, Object> before = SelfRegistrationService.snapshot(application);
        String oldEmail = application.getAccount().getEmail();
        application.revise(name, mobile, email, city, county, discipline, unit, contact);
        application.getAccount().rename(name);
        application.getAccount().changeEmail(email);
        if (worker && application.getWorkerId() != null) {
            Worker record = em.find(Worker.class, application.getWorkerId());
            record.update(name, mobile, email, city, county, discipline, record.getTitle(), record.getOrganisation(),
                    record.getAccountUsername());
        } else if (!worker && application.getOrganisationId() != null) {
            Organisation record = em.find(Organisation.class, application.getOrganisationId());
            record.update(record.getType(), name, record.getCreditCode(), city);
        }
        em.flush();
        boolean emailChanged = oldEmail == null || !oldEmail.equalsIgnoreCase(email);
        audit.record("account.profile", "AccountApplication", application.getId(), before,
                SelfRegistrationService.snapshot(application), emailChanged ? "修改个人资料（电子邮箱已变更，待验证）" : "修改个人资料");
        if (emailChanged) {
            links.sendEmailVerification(application.getAccount());
        }
        return ProfileView.of(application);
    }

    private AccountApplication application() {
        return em.createQuery("SELECT a FROM AccountApplication a WHERE a.account.username = :u AND a.status = :active",
                        AccountApplication.class)
                .setParameter("u", Callers.name(session)).setParameter("active", AccountStatus.ACTIVE)
                .getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFound("当前账号没有可编辑的注册资料"));
    }

    private String mobile(String raw, AccountApplication own, List<FieldError> errors) {
        try {
            String mobile = MobilePhoneNumber.parse(raw).value();
            boolean taken = em.createQuery("SELECT COUNT(a) FROM AccountApplication a WHERE a.mobile = :m AND a.id <> :id "
                            + "AND a.status <> :rejected", Long.class)
                    .setParameter("m", mobile).setParameter("id", own.getId())
                    .setParameter("rejected", AccountStatus.REJECTED).getSingleResult() > 0
                    || (!mobile.equals(own.getAccount().getUsername()) && em.createQuery(
                            "SELECT COUNT(u) FROM UserAccount u WHERE u.username = :m", Long.class)
                    .setParameter("m", mobile).getSingleResult() > 0);
            if (taken) {
                errors.add(new FieldError("mobile", "该手机号码已注册"));
            }
            return mobile;
        } catch (InvalidIdentifierException e) {
            errors.add(new FieldError("mobile", e.reason()));
            return null;
        }
    }

    private String discipline(String raw, List<FieldError> errors) {
        String discipline = Text.strippedOrNull(raw);
        if (discipline != null
                && !exists("SELECT COUNT(*) FROM ref_taxonomy_term WHERE taxonomy = 'DISCIPLINE' AND code = ?", discipline)) {
            errors.add(new FieldError("disciplineCode", "学科代码不存在"));
        }
        return discipline;
    }

    private boolean exists(String sql, String value) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, value).getSingleResult()).longValue() > 0;
    }
}
