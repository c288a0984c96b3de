package cn.scast.tianfu.popscience;

import cn.scast.tianfu.platform.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.regex.Pattern;

/** The 科普员 of one town or community: one per county and town name. */
@Entity
@Table(name = "popsci_volunteer")
public class PopScienceVolunteer {

    public static final Pattern MOBILE = Pattern.compile("1\\d{10}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "city_code", nullable = false, length = 6)
    private String cityCode;

    @Column(name = "county_code", nullable = false, length = 6)
    private String countyCode;

    @Column(nullable = false, length = 64)
    private String town;

    @Column(nullable = false, length = 64)
    private String name;

    @Column(length = 11)
    private String mobile;

    @Column(length = 128)
    private String organisation;

    /** The account that answers 科普问答 as this 科普员, or null. */
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected PopScienceVolunteer() {
    }

    public PopScienceVolunteer(Region town) {
        if (town.level() != 4) {
            throw new RuleViolation("科普员须登记到乡镇（街道、社区）");
        }
        this.cityCode = town.cityCode();
        this.countyCode = town.countyCode();
        this.town = town.town();
    }

    public void assign(String name, String mobile, String organisation, String by, Instant now) {
        if (name == null || name.isBlank() || name.strip().length() > 64) {
            throw new RuleViolation("科普员姓名不能为空，且不超过 64 个字");
        }
        if (mobile != null && !mobile.isBlank() && !MOBILE.matcher(mobile.strip()).matches()) {
            throw new RuleViolation("手机号应为 1 开头的 11 位数字");
        }
        if (organisation != null && organisation.strip().length() > 128) {
            throw new RuleViolation("所在单位不能超过 128 个字");
        }
        this.name = name.strip();
        this.mobile = mobile == null || mobile.isBlank() ? null : mobile.strip();
        this.organisation = organisation == null || organisation.isBlank() ? null : organisation.strip();
        this.updatedBy = by;
        this.updatedAt = now;
    }

    /** Links the account that answers questions of this county as the 科普员 (null unlinks). */
    public void linkAccount(Long accountId, String by, Instant now) {
        this.accountId = accountId;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public Long getId() { return id; }
    public Long getAccountId() { return accountId; }
    public String getCityCode() { return cityCode; }
    public String getCountyCode() { return countyCode; }
    public String getTown() { return town; }
    public String getName() { return name; }
    public String getMobile() { return mobile; }
    public String getOrganisation() { return organisation; }
    public Instant getUpdatedAt() { return updatedAt; }
}
