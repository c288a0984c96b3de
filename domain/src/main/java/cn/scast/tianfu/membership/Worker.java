package cn.scast.tianfu.membership;

import jakarta.persistence.*;

import java.time.Instant;

/**
 * 科技工作者. The resident ID number is never stored: {@code idHash} (HMAC, the natural key) and the
 * masked display form are. Phone, e-mail and ID are private: only the worker, admins and staff of
 * the worker's city see them.
 */
@Entity
@Table(name = "mem_worker")
public class Worker {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, length = 32)
    private String name;
    @Column(name = "id_hash", nullable = false, length = 64, unique = true)
    private String idHash;
    @Column(name = "id_masked", nullable = false, length = 18)
    private String idMasked;
    @Column(length = 11)
    private String mobile;
    @Column(length = 254)
    private String email;
    @Column(name = "city_code", nullable = false, length = 6)
    private String cityCode;
    @Column(name = "county_code", length = 6)
    private String countyCode;
    @Column(name = "discipline_code", length = 16)
    private String disciplineCode;
    @Column(length = 64)
    private String title;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;
    @Column(name = "account_username", length = 64, unique = true)
    private String accountUsername;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected Worker() {
    }

    public Worker(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public void identify(String idHash, String idMasked) {
        this.idHash = idHash;
        this.idMasked = idMasked;
    }

    public void update(String name, String mobile, String email, String cityCode, String countyCode,
                       String disciplineCode, String title, Organisation organisation, String accountUsername) {
        this.name = name;
        this.mobile = mobile;
        this.email = email;
        this.cityCode = cityCode;
        this.countyCode = countyCode;
        this.disciplineCode = disciplineCode;
        this.title = title;
        this.organisation = organisation;
        this.accountUsername = accountUsername;
    }

    /** Links the approved self-registered account to this (possibly imported) record. */
    public void linkAccount(String accountUsername) {
        this.accountUsername = accountUsername;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getIdHash() { return idHash; }
    public String getIdMasked() { return idMasked; }
    public String getMobile() { return mobile; }
    public String getEmail() { return email; }
    public String getCityCode() { return cityCode; }
    public String getCountyCode() { return countyCode; }
    public String getDisciplineCode() { return disciplineCode; }
    public String getTitle() { return title; }
    public Organisation getOrganisation() { return organisation; }
    public String getAccountUsername() { return accountUsername; }
    public Instant getCreatedAt() { return createdAt; }
}
