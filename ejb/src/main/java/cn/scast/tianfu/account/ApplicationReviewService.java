package cn.scast.tianfu.account;

import cn.scast.tianfu.membership.AccountStatus;
import cn.scast.tianfu.membership.CityStaffScope;
import cn.scast.tianfu.membership.Organisation;
import cn.scast.tianfu.membership.OrganisationType;
import cn.scast.tianfu.membership.UserAccount;
import cn.scast.tianfu.membership.Worker;
import cn.scast.tianfu.notification.Notifier;
import cn.scast.tianfu.platform.AuditTrail;
import cn.scast.tianfu.platform.Callers;
import cn.scast.tianfu.platform.FieldError;
import cn.scast.tianfu.platform.RecordAccessRefused;
import cn.scast.tianfu.platform.RecordNotFound;
import cn.scast.tianfu.platform.RefusedInput;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 审核 of self-registrations by the association: the province administrator sees and decides all of them, city
 * staff only those of their own city (another city's application is 403). Approval activates the account and
 * creates its Worker or Organisation record, or links the existing one with the same ID number or credit code;
 * rejection needs a reason, which the applicant is shown. Both are audited with before and after, and the applicant
 * is told in the inbox (and by mail once the address is verified).
 */
@Stateless
@RolesAllowed({"admin", "city-staff"})
public class ApplicationReviewService {

    public static final int MAX_LIST = 500;
    public static final int REASON_MAX = 500;

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    @EJB
    private AuditTrail audit;

    @EJB
    private Notifier notifier;

    @EJB
    private CityStaffScope cityScope;

    /** Applications in a state (all states when null), oldest first, within the caller's scope. */
    public List<ApplicationView> applications(AccountStatus status) {
        String city = scopeCity();
        List<String> conditions = new java.util.ArrayList<>();
        if (status != null) {
            conditions.add("a.status = :status");
        }
        if (city != null) {
            conditions.add("a.cityCode = :city");
        }
        String jpql = "SELECT a FROM AccountApplication a"
                + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                + " ORDER BY a.submittedAt, a.id";
        var query = em.createQuery(jpql, AccountApplication.class).setMaxResults(MAX_LIST);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (city != null) {
            query.setParameter("city", city);
        }
        Map<String, String> cities = cityNames();
        return query.getResultStream().map(a -> ApplicationView.of(a, cities.get(a.getCityCode()))).toList();
    }

    public ApplicationView application(long id) {
        AccountApplication application = inScope(id, false);
        return ApplicationView.of(application, cityNames().get(application.getCityCode()));
    }

    public ApplicationView approve(long id) {
        AccountApplication application = inScope(id, true);
        requirePending(application);
        Map<String, Object> before = SelfRegistrationService.snapshot(application);
        UserAccount account = application.getAccount();
        Instant now = clock.instant();
        Long workerId = null;
        Long organisationId = null;
        if (application.getKind() == ApplicationKind.WORKER) {
            workerId = linkWorker(application, account.getUsername(), now).getId();
        } else {
            organisationId = linkOrganisation(application, account.getUsername(), now).getId();
        }
        application.approve(Callers.name(session), now, workerId, organisationId);
        audit.record("account-application.approve", "AccountApplication", application.getId(), before,
                SelfRegistrationService.snapshot(application), "审核通过");
        notifier.notify(account, "registration.approved", "【天府科技云】注册审核通过",
                account.getDisplayName() + "，您好：\n\n您的" + kindLabel(application) + "注册申请已通过审核，"
                        + "现在可以用手机号码 " + account.getUsername() + " 登录天府科技云。");
        return ApplicationView.of(application, cityNames().get(application.getCityCode()));
    }

    public ApplicationView reject(long id, String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw RefusedInput.invalid(List.of(new FieldError("reason", "请填写不通过的原因")));
        }
        if (text.codePointCount(0, text.length()) > REASON_MAX) {
            throw RefusedInput.invalid(List.of(new FieldError("reason", "原因最多 " + REASON_MAX + " 个字")));
        }
        AccountApplication application = inScope(id, true);
        requirePending(application);
        Map<String, Object> before = SelfRegistrationService.snapshot(application);
        application.reject(Callers.name(session), clock.instant(), text);
        audit.record("account-application.reject", "AccountApplication", application.getId(), before,
                SelfRegistrationService.snapshot(application), "审核不通过：" + text);
        UserAccount account = application.getAccount();
        notifier.notify(account, "registration.rejected", "【天府科技云】注册审核未通过",
                account.getDisplayName() + "，您好：\n\n您的" + kindLabel(application) + "注册申请未通过审核。原因：" + text
                        + "\n\n如有疑问，请联系所在市州科协。");
        return ApplicationView.of(application, cityNames().get(application.getCityCode()));
    }

    /** The worker record with the applicant's ID number (imported earlier), or a new one; linked to the account. */
    private Worker linkWorker(AccountApplication application, String username, Instant now) {
        Worker worker = em.createQuery("SELECT w FROM Worker w WHERE w.idHash = :hash", Worker.class)
                .setParameter("hash", application.getIdHash()).getResultStream().findFirst().orElse(null);
        if (worker == null) {
            worker = new Worker(now);
            worker.identify(application.getIdHash(), application.getIdMasked());
            worker.update(application.getName(), application.getMobile(), application.getEmail(),
                    application.getCityCode(), application.getCountyCode(), application.getDisciplineCode(), null, null,
                    username);
            em.persist(worker);
            em.flush();
            audit.record("worker.create", "Worker", worker.getId(), null, Map.of("name", worker.getName(),
                    "idMasked", worker.getIdMasked(), "cityCode", worker.getCityCode(), "accountUsername", username),
                    "注册审核通过，新建科技工作者");
            return worker;
        }
        if (worker.getAccountUsername() != null && !worker.getAccountUsername().equals(username)) {
            throw RefusedInput.conflicting(List.of(new FieldError("idNumber",
                    "该身份证号码的科技工作者已关联其他账号")));
        }
        worker.linkAccount(username);
        audit.record("worker.link-account", "Worker", worker.getId(), Map.of("accountUsername", "(无)"),
                Map.of("accountUsername", username), "注册审核通过，关联已有科技工作者");
        return worker;
    }

    private Organisation linkOrganisation(AccountApplication application, String username, Instant now) {
        Organisation organisation = em.createQuery("SELECT o FROM Organisation o WHERE o.creditCode = :code",
                        Organisation.class)
                .setParameter("code", application.getCreditCode()).getResultStream().findFirst().orElse(null);
        if (organisation == null) {
            organisation = new Organisation(now);
            organisation.update(OrganisationType.ENTERPRISE_OR_INSTITUTION, application.getName(),
                    application.getCreditCode(), application.getCityCode());
            organisation.linkAccount(username);
            em.persist(organisation);
            em.flush();
            audit.record("organisation.create", "Organisation", organisation.getId(), null, Map.of("name",
                    organisation.getName(), "creditCode", organisation.getCreditCode(), "cityCode",
                    organisation.getCityCode(), "accountUsername", username), "注册审核通过，新建企事业单位");
            return organisation;
        }
        if (organisation.getAccountUsername() != null && !organisation.getAccountUsername().equals(username)) {
            throw RefusedInput.conflicting(List.of(new FieldError("creditCode",
                    "该统一社会信用代码的单位已关联其他账号")));
        }
        organisation.linkAccount(username);
        audit.record("organisation.link-account", "Organisation", organisation.getId(), Map.of("accountUsername", "(无)"),
                Map.of("accountUsername", username), "注册审核通过，关联已有企事业单位");
        return organisation;
    }

    private static void requirePending(AccountApplication application) {
        if (!application.isPending()) {
            throw RefusedInput.conflicting(List.of(new FieldError("status",
                    "该申请已审核（" + ApplicationStatusView.label(application.getStatus()) + "）")));
        }
    }

    private AccountApplication inScope(long id, boolean forUpdate) {
        AccountApplication application = forUpdate
                ? em.find(AccountApplication.class, id, LockModeType.PESSIMISTIC_WRITE)
                : em.find(AccountApplication.class, id);
        if (application == null) {
            throw RecordNotFound.orHidden();
        }
        String city = scopeCity();
        if (city != null && !city.equals(application.getCityCode())) {
            throw RecordAccessRefused.thisRecord();
        }
        return application;
    }

    /** The city a city-staff caller is limited to; null for the administrator (all cities). */
    private String scopeCity() {
        return cityScope.confinedCity().orElse(null);
    }

    private Map<String, String> cityNames() {
        Map<String, String> names = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT code, name FROM ref_city").getResultList()) {
            Object[] columns = (Object[]) row;
            names.put(String.valueOf(columns[0]).strip(), String.valueOf(columns[1]));
        }
        return names;
    }

    private static String kindLabel(AccountApplication application) {
        return application.getKind() == ApplicationKind.WORKER ? "科技工作者" : "企事业单位";
    }

}
