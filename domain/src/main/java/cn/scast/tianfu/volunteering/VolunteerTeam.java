package cn.scast.tianfu.volunteering;

import cn.scast.tianfu.platform.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A 科技志愿服务队: hosted by an organisation in a city (and county), led by an account the staff designate. */
@Entity
@Table(name = "vol_team")
public class VolunteerTeam {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 128)
    private String name;

    @Column(name = "host_org", nullable = false, length = 128)
    private String hostOrg;

    @Column(name = "city_code", nullable = false, length = 6)
    private String cityCode;

    @Column(name = "county_code", length = 6)
    private String countyCode;

    @Column(length = 255)
    private String topics;

    @Column(name = "leader_username", nullable = false, length = 64)
    private String leaderUsername;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected VolunteerTeam() {
    }

    public VolunteerTeam(String cityCode, String createdBy, Instant now) {
        if (cityCode == null || cityCode.isBlank()) {
            throw new RuleViolation("请选择服务队所在市州");
        }
        this.cityCode = cityCode.strip();
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Sets what staff enter; the county must belong to the city (checked by the caller against the reference list). */
    public void describe(String name, String hostOrg, String countyCode, String topics, String leaderUsername, Instant now) {
        this.name = Texts.required(name, 128, "服务队名称");
        this.hostOrg = Texts.required(hostOrg, 128, "依托单位");
        this.countyCode = Texts.optional(countyCode, 6, "区县");
        this.topics = Texts.optional(topics, 255, "服务领域");
        this.leaderUsername = Texts.required(leaderUsername, 64, "队长账号");
        this.updatedAt = now;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getHostOrg() { return hostOrg; }
    public String getCityCode() { return cityCode; }
    public String getCountyCode() { return countyCode; }
    public String getTopics() { return topics; }
    public String getLeaderUsername() { return leaderUsername; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
}
