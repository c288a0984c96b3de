package cn.scast.tianfu.account;

import cn.scast.tianfu.membership.AccountStatus;
import cn.scast.tianfu.membership.UserAccount;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A self-registration (注册申请) as the applicant entered it, and its review: PENDING until the staff of its city
 * approve (the Worker or Organisation record is then created or linked) or reject it with a reason. The raw ID
 * number is never stored, only its HMAC and masked form, as for Worker.
 */
@Entity
@Table(name = "account_application")
public class AccountApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "account_id", nullable = false, unique = true)
    private UserAccount account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ApplicationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AccountStatus status = AccountStatus.PENDING;

    @Column(nullable = false, length = 64)
    private String name;
    @Column(nullable = false, length = 11, unique = true)
    private String mobile;
    @Column(nullable = false, length = 254)
    private String email;
    @Column(name = "city_code", nullable = false, length = 6)
    private String cityCode;
    @Column(name = "county_code", length = 6)
    private String countyCode;
    @Column(name = "id_hash", length = 64)
    private String idHash;
    @Column(name = "id_masked", length = 18)
    private String idMasked;
    @Column(name = "discipline_code", length = 16)
    private String disciplineCode;
    @Column(name = "unit_name", length = 64)
    private String unitName;
    @Column(name = "credit_code", length = 18, unique = true)
    private String creditCode;
    @Column(name = "contact_person", length = 32)
    private String contactPerson;
    @Column(length = 500)
    private String reason;
    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;
    @Column(name = "reviewed_at")
    private Instant reviewedAt;
    @Column(name = "reviewed_by", length = 64)
    private String reviewedBy;
    @Column(name = "worker_id")
    private Long workerId;
    @Column(name = "organisation_id")
    private Long organisationId;
    @Version
    private long version;

    protected AccountApplication() {
    }

    private AccountApplication(UserAccount account, ApplicationKind kind, String name, String mobile, String email,
                               String cityCode, Instant submittedAt) {
        this.account = account;
        this.kind = kind;
        this.name = name;
        this.mobile = mobile;
        this.email = email;
        this.cityCode = cityCode;
        this.submittedAt = submittedAt;
    }

    public static AccountApplication worker(UserAccount account, String name, String mobile, String email,
                                            String cityCode, String countyCode, String idHash, String idMasked,
                                            String disciplineCode, String unitName, Instant now) {
        AccountApplication application = new AccountApplication(account, ApplicationKind.WORKER, name, mobile, email,
                cityCode, now);
        application.countyCode = countyCode;
        application.idHash = idHash;
        application.idMasked = idMasked;
        application.disciplineCode = disciplineCode;
        application.unitName = unitName;
        return application;
    }

    public static AccountApplication enterprise(UserAccount account, String name, String creditCode,
                                                String contactPerson, String mobile, String email, String cityCode,
                                                Instant now) {
        AccountApplication application = new AccountApplication(account, ApplicationKind.ENTERPRISE, name, mobile,
                email, cityCode, now);
        application.creditCode = creditCode;
        application.contactPerson = contactPerson;
        return application;
    }

    /** Approved: the account may sign in and is linked to its Worker or Organisation record. */
    public void approve(String reviewer, Instant now, Long workerId, Long organisationId) {
        requirePending();
        this.status = AccountStatus.ACTIVE;
        this.reviewedBy = reviewer;
        this.reviewedAt = now;
        this.reason = null;
        this.workerId = workerId;
        this.organisationId = organisationId;
        account.approve();
    }

    public void reject(String reviewer, Instant now, String reason) {
        requirePending();
        this.status = AccountStatus.REJECTED;
        this.reviewedBy = reviewer;
        this.reviewedAt = now;
        this.reason = reason;
        account.reject();
    }

    /**
     * The approved account's own profile edit (姓名/单位名称, mobile, e-mail, city, county, discipline, unit or contact
     * person); the kind, the ID number or credit code and the review stay.
     */
    public void revise(String name, String mobile, String email, String cityCode, String countyCode,
                       String disciplineCode, String unitName, String contactPerson) {
        this.name = name;
        this.mobile = mobile;
        this.email = email;
        this.cityCode = cityCode;
        if (kind == ApplicationKind.WORKER) {
            this.countyCode = countyCode;
            this.disciplineCode = disciplineCode;
            this.unitName = unitName;
        } else {
            this.contactPerson = contactPerson;
        }
    }

    public boolean isPending() {
        return status == AccountStatus.PENDING;
    }

    private void requirePending() {
        if (!isPending()) {
            throw new IllegalStateException("application " + id + " was already reviewed");
        }
    }

    public Long getId() { return id; }
    public UserAccount getAccount() { return account; }
    public ApplicationKind getKind() { return kind; }
    public AccountStatus getStatus() { return status; }
    public String getName() { return name; }
    public String getMobile() { return mobile; }
    public String getEmail() { return email; }
    public String getCityCode() { return cityCode; }
    public String getCountyCode() { return countyCode; }
    public String getIdHash() { return idHash; }
    public String getIdMasked() { return idMasked; }
    public String getDisciplineCode() { return disciplineCode; }
    public String getUnitName() { return unitName; }
    public String getCreditCode() { return creditCode; }
    public String getContactPerson() { return contactPerson; }
    public String getReason() { return reason; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getReviewedAt() { return reviewedAt; }
    public String getReviewedBy() { return reviewedBy; }
    public Long getWorkerId() { return workerId; }
    public Long getOrganisationId() { return organisationId; }
}
