package cn.scast.tianfu.account;

import cn.scast.tianfu.membership.AccountService;
import cn.scast.tianfu.membership.AccountStatus;
import cn.scast.tianfu.membership.IdNumberHasher;
import cn.scast.tianfu.membership.LoginBlockedException;
import cn.scast.tianfu.membership.LoginOutcome;
import cn.scast.tianfu.membership.PasswordPolicy;
import cn.scast.tianfu.membership.Role;
import cn.scast.tianfu.membership.UserAccount;
import cn.scast.tianfu.membership.identity.InvalidIdentifierException;
import cn.scast.tianfu.membership.identity.MobilePhoneNumber;
import cn.scast.tianfu.membership.identity.ResidentIdNumber;
import cn.scast.tianfu.membership.identity.UnifiedSocialCreditCode;
import cn.scast.tianfu.platform.AuditTrail;
import cn.scast.tianfu.platform.FieldError;
import cn.scast.tianfu.platform.RefusedInput;
import cn.scast.tianfu.platform.Text;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Public self-registration of 科技工作者 and 企事业单位. Every field is checked first and all problems are answered
 * together with Chinese field messages; nothing is stored unless all pass. The account (username = mobile number)
 * starts PENDING and cannot sign in until the staff of its city approve it; the only mail it gets before its address
 * is verified is the verification link.
 */
@Stateless
@PermitAll
public class SelfRegistrationService {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    static final int NAME_MAX = 32;
    static final int ORGANISATION_NAME_MAX = 64;

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    @Inject
    private IdNumberHasher idHasher;

    @EJB
    private AccountService accounts;

    @EJB
    private OneTimeLinks links;

    @EJB
    private AuditTrail audit;

    public RegistrationReceipt registerWorker(WorkerRegistrationForm form) {
        List<FieldError> errors = new ArrayList<>();
        String name = requiredText(form.getName(), "name", "姓名", NAME_MAX, errors);
        String mobile = mobile(form.getMobile(), errors);
        String email = email(form.getEmail(), errors);
        String city = RegionFields.city(em, form.getCityCode(), errors);
        String county = RegionFields.county(em, form.getCountyCode(), city, errors);
        String discipline = Text.strippedOrNull(form.getDisciplineCode());
        if (discipline != null && !exists("SELECT COUNT(*) FROM ref_taxonomy_term WHERE taxonomy = 'DISCIPLINE' AND code = ?", discipline)) {
            errors.add(new FieldError("disciplineCode", "学科代码不存在"));
        }
        String unit = optionalText(form.getUnitName(), "unitName", "工作单位", ORGANISATION_NAME_MAX, errors);
        String idHash = null;
        String idMasked = null;
        try {
            ResidentIdNumber number = ResidentIdNumber.parse(form.getIdNumber());
            idHash = idHasher.hash(number);
            idMasked = number.masked();
            if (count("SELECT COUNT(a) FROM AccountApplication a WHERE a.idHash = ?1 AND a.status <> ?2", idHash) > 0) {
                errors.add(new FieldError("idNumber", "该身份证号码已注册"));
            }
        } catch (InvalidIdentifierException e) {
            errors.add(new FieldError("idNumber", e.reason()));
        }
        password(form.getPassword(), mobile, errors);
        refuse(errors);

        UserAccount account = newAccount(mobile, name, form.getPassword(), Role.WORKER, email);
        AccountApplication application = AccountApplication.worker(account, name, mobile, email, city, county, idHash,
                idMasked, discipline, unit, clock.instant());
        return submitted(application);
    }

    public RegistrationReceipt registerEnterprise(EnterpriseRegistrationForm form) {
        List<FieldError> errors = new ArrayList<>();
        String creditCode = null;
        try {
            creditCode = UnifiedSocialCreditCode.parse(form.getCreditCode()).value();
            if (em.createQuery("SELECT COUNT(a) FROM AccountApplication a WHERE a.creditCode = :code", Long.class)
                    .setParameter("code", creditCode).getSingleResult() > 0
                    || exists("SELECT COUNT(*) FROM mem_organisation WHERE credit_code = ? AND account_username IS NOT NULL",
                    creditCode)) {
                errors.add(new FieldError("creditCode", "该统一社会信用代码已注册"));
            }
        } catch (InvalidIdentifierException e) {
            errors.add(new FieldError("creditCode", e.reason()));
        }
        String name = requiredText(form.getName(), "name", "单位名称", ORGANISATION_NAME_MAX, errors);
        String contact = requiredText(form.getContactPerson(), "contactPerson", "联系人", NAME_MAX, errors);
        String mobile = mobile(form.getMobile(), errors);
        String email = email(form.getEmail(), errors);
        String city = RegionFields.city(em, form.getCityCode(), errors);
        password(form.getPassword(), mobile, errors);
        refuse(errors);

        UserAccount account = newAccount(mobile, name, form.getPassword(), Role.ENTERPRISE, email);
        AccountApplication application = AccountApplication.enterprise(account, name, creditCode, contact, mobile, email,
                city, clock.instant());
        return submitted(application);
    }

    /**
     * A member of the public (公众): no staff review, since such an account only asks, votes and signs up. The
     * account stays PENDING until its owner follows the mailed verification link, which activates it.
     */
    public RegistrationReceipt registerPublic(PublicRegistrationForm form) {
        List<FieldError> errors = new ArrayList<>();
        String name = requiredText(form.getName(), "name", "姓名或昵称", NAME_MAX, errors);
        String mobile = mobile(form.getMobile(), errors);
        String email = email(form.getEmail(), errors);
        password(form.getPassword(), mobile, errors);
        refuse(errors);

        UserAccount account = newAccount(mobile, name, form.getPassword(), Role.PUBLIC, email);
        em.flush();
        audit.record("account.register-public", "UserAccount", account.getUsername(), null,
                Map.of("username", account.getUsername(), "email", email),
                "公众注册");
        links.sendEmailVerification(account);
        return new RegistrationReceipt(null, account.getUsername(), AccountStatus.PENDING,
                "注册已提交，请查收验证邮件；验证电子邮箱后即可用手机号码登录");
    }

    /**
     * The applicant's own state, after the right password (counted like a sign-in, so it cannot be used to guess).
     *
     * @throws RefusedInput for a wrong mobile number or password
     * @throws LoginBlockedException while the address is blocked for this account
     */
    public ApplicationStatusView status(String mobile, String password, String sourceAddress) {
        String username = MobilePhoneNumber.isValid(mobile) ? MobilePhoneNumber.parse(mobile).value() : Text.strippedOrNull(mobile);
        LoginOutcome outcome = accounts.authenticate(username, password == null ? new char[0] : password.toCharArray(),
                sourceAddress);
        return switch (outcome.status()) {
            case VALID -> ApplicationStatusView.of(outcome.username(), AccountStatus.ACTIVE, null);
            case PENDING -> ApplicationStatusView.of(username, AccountStatus.PENDING, null);
            case REJECTED -> ApplicationStatusView.of(username, AccountStatus.REJECTED, outcome.reason());
            case LOCKED -> throw new LoginBlockedException(outcome.lockedUntil());
            default -> throw RefusedInput.invalid(List.of(new FieldError("password", "手机号码或密码错误")));
        };
    }

    private RegistrationReceipt submitted(AccountApplication application) {
        em.persist(application);
        em.flush();
        audit.record("account-application.submit", "AccountApplication", application.getId(), null,
                snapshot(application), application.getKind() == ApplicationKind.WORKER ? "科技工作者注册" : "企事业单位注册");
        links.sendEmailVerification(application.getAccount());
        return new RegistrationReceipt(application.getId(), application.getAccount().getUsername(), AccountStatus.PENDING,
                "注册申请已提交，请查收验证邮件；所在市州科协审核通过后即可用手机号码登录");
    }

    private UserAccount newAccount(String mobile, String name, String password, Role role, String email) {
        UserAccount account = new UserAccount(mobile, name, passwordHash.generate(password.toCharArray()), EnumSet.of(role));
        account.applied(email);
        em.persist(account);
        return account;
    }

    static Map<String, Object> snapshot(AccountApplication a) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("kind", a.getKind().name());
        s.put("status", a.getStatus().name());
        s.put("username", a.getAccount().getUsername());
        s.put("name", a.getName());
        s.put("mobile", a.getMobile());
        s.put("email", a.getEmail());
        s.put("cityCode", a.getCityCode());
        s.put("countyCode", a.getCountyCode());
        s.put("idMasked", a.getIdMasked());
        s.put("disciplineCode", a.getDisciplineCode());
        s.put("unitName", a.getUnitName());
        s.put("creditCode", a.getCreditCode());
        s.put("contactPerson", a.getContactPerson());
        s.put("reason", a.getReason());
        s.put("workerId", a.getWorkerId());
        s.put("organisationId", a.getOrganisationId());
        return s;
    }

    private String mobile(String raw, List<FieldError> errors) {
        try {
            String mobile = MobilePhoneNumber.parse(raw).value();
            if (count("SELECT COUNT(a) FROM AccountApplication a WHERE a.mobile = ?1 AND a.status <> ?2", mobile) > 0
                    || accounts.findByUsername(mobile).isPresent()) {
                errors.add(new FieldError("mobile", "该手机号码已注册"));
            }
            return mobile;
        } catch (InvalidIdentifierException e) {
            errors.add(new FieldError("mobile", e.reason()));
            return null;
        }
    }

    static String email(String raw, List<FieldError> errors) {
        String email = Text.strippedOrNull(raw);
        if (email == null) {
            errors.add(new FieldError("email", "请填写电子邮箱"));
        } else if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            errors.add(new FieldError("email", "电子邮箱格式不正确"));
        }
        return email;
    }

    private static void password(String password, String username, List<FieldError> errors) {
        PasswordPolicy.problems(username, password).forEach(problem ->
                errors.add(new FieldError("password", problem.replace("新密码", "密码"))));
    }

    static String requiredText(String raw, String field, String label, int max, List<FieldError> errors) {
        String text = Text.strippedOrNull(raw);
        if (text == null) {
            errors.add(new FieldError(field, "请填写" + label));
        } else if (text.codePointCount(0, text.length()) > max) {
            errors.add(new FieldError(field, label + "最多 " + max + " 个字"));
        }
        return text;
    }

    static String optionalText(String raw, String field, String label, int max, List<FieldError> errors) {
        String text = Text.strippedOrNull(raw);
        if (text != null && text.codePointCount(0, text.length()) > max) {
            errors.add(new FieldError(field, label + "最多 " + max + " 个字"));
        }
        return text;
    }

    static void refuse(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            boolean duplicate = errors.stream().allMatch(e -> e.message().contains("已注册"));
            throw (duplicate ? RefusedInput.conflicting(errors) : RefusedInput.invalid(errors));
        }
    }

    private long count(String jpql, String value) {
        return em.createQuery(jpql, Long.class).setParameter(1, value).setParameter(2, AccountStatus.REJECTED)
                .getSingleResult();
    }

    private boolean exists(String sql, String value) {
        return em.createNativeQuery(sql).setParameter(1, value).getSingleResult() instanceof Number n && n.longValue() > 0;
    }

}
