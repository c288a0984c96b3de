package cn.scast.tianfu.membership;

import jakarta.persistence.*;

import java.time.Instant;

/** 会员单位: 企事业单位, 高校科协 or 企业科协, identified by its unified social credit code. */
@Entity
@Table(name = "mem_organisation")
public class Organisation {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private OrganisationType type;
    @Column(nullable = false, length = 64)
    private String name;
    @Column(name = "credit_code", nullable = false, length = 18, unique = true)
    private String creditCode;
    @Column(name = "city_code", nullable = false, length = 6)
    private String cityCode;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    /** The self-registered account that speaks for this organisation (null for imported records). */
    @Column(name = "account_username", length = 64, unique = true)
    private String accountUsername;
    @Version
    private long version;

    protected Organisation() {
    }

    public Organisation(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public void update(OrganisationType type, String name, String creditCode, String cityCode) {
        this.type = type;
        this.name = name;
        this.creditCode = creditCode;
        this.cityCode = cityCode;
    }

    /** Links the approved self-registered account to this record. */
    public void linkAccount(String accountUsername) {
        this.accountUsername = accountUsername;
    }

    public Long getId() { return id; }
    public String getAccountUsername() { return accountUsername; }
    public OrganisationType getType() { return type; }
    public String getName() { return name; }
    public String getCreditCode() { return creditCode; }
    public String getCityCode() { return cityCode; }
    public Instant getCreatedAt() { return createdAt; }
}
