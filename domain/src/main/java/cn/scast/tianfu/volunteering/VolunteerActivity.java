package cn.scast.tianfu.volunteering;

import cn.scast.tianfu.platform.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;

/** An activity of a team: where and when, how many people it takes and the hours it credits each participant. */
@Entity
@Table(name = "vol_activity")
public class VolunteerActivity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id", nullable = false)
    private VolunteerTeam team;

    @Column(nullable = false, length = 128)
    private String title;

    @Column(columnDefinition = "TEXT")
    private String description;

    @Column(nullable = false, length = 255)
    private String place;

    @Column(name = "city_code", nullable = false, length = 6)
    private String cityCode;

    @Column(name = "county_code", length = 6)
    private String countyCode;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(nullable = false)
    private int capacity;

    @Column(nullable = false, precision = 4, scale = 1)
    private BigDecimal hours;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ActivityStatus status = ActivityStatus.PUBLISHED;

    @Column(name = "cancel_reason", length = 255)
    private String cancelReason;

    @Column(name = "published_by", nullable = false, length = 64)
    private String publishedBy;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Version
    private long version;

    protected VolunteerActivity() {
    }

    public VolunteerActivity(VolunteerTeam team, String publishedBy, Instant now) {
        this.team = team;
        this.cityCode = team.getCityCode();
        this.publishedBy = publishedBy;
        this.publishedAt = now;
    }

    public void describe(String title, String description, String place, String countyCode, Instant startsAt,
                         Instant endsAt, int capacity, BigDecimal hours, Instant now) {
        ActivityRules.checkSchedule(startsAt, endsAt, capacity, hours, now);
        this.title = Texts.required(title, 128, "活动名称");
        this.description = Texts.optional(description, 5000, "活动介绍");
        this.place = Texts.required(place, 255, "活动地点");
        this.countyCode = Texts.optional(countyCode, 6, "区县");
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.capacity = capacity;
        this.hours = ActivityRules.checkHours(hours, startsAt, endsAt);
    }

    public void cancel(String reason, Instant now) {
        if (status == ActivityStatus.CANCELLED) {
            throw new RuleViolation("活动已取消");
        }
        if (!now.isBefore(endsAt)) {
            throw new RuleViolation("活动已结束，不能取消");
        }
        this.cancelReason = Texts.required(reason, 255, "取消原因");
        this.status = ActivityStatus.CANCELLED;
    }

    public boolean isCancelled() {
        return status == ActivityStatus.CANCELLED;
    }

    public Long getId() { return id; }
    public VolunteerTeam getTeam() { return team; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public String getPlace() { return place; }
    public String getCityCode() { return cityCode; }
    public String getCountyCode() { return countyCode; }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public int getCapacity() { return capacity; }
    public BigDecimal getHours() { return hours; }
    public ActivityStatus getStatus() { return status; }
    public String getCancelReason() { return cancelReason; }
    public String getPublishedBy() { return publishedBy; }
}
