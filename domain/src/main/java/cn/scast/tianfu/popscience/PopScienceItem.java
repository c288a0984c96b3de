package cn.scast.tianfu.popscience;

import cn.scast.tianfu.platform.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Set;

/** A 科普 item (article, video link or activity) for an audience in a region; public once published. */
@Entity
@Table(name = "popsci_item")
public class PopScienceItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PopScienceKind kind;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 500)
    private String summary;

    @Column(length = 20000)
    private String body;

    @Column(name = "video_url", length = 500)
    private String videoUrl;

    /** For an activity: when and where, as the organiser writes it. */
    @Column(name = "activity_time", length = 64)
    private String activityTime;

    @Column(name = "activity_place", length = 200)
    private String activityPlace;

    @Column(nullable = false, length = 200)
    private String topics;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Audience audience;

    @Column(name = "city_code", length = 6)
    private String cityCode;

    @Column(name = "county_code", length = 6)
    private String countyCode;

    @Column(length = 64)
    private String town;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "push_execution_id")
    private Long pushExecutionId;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected PopScienceItem() {
    }

    public PopScienceItem(String createdBy, Instant now) {
        this.createdBy = createdBy;
        this.updatedAt = now;
    }

    /** Sets the content; the kind decides what else is needed (a link for a video, time and place for an activity). */
    public void describe(PopScienceKind kind, String title, String summary, String body, String videoUrl,
                         String activityTime, String activityPlace, Instant now) {
        if (kind == PopScienceKind.VIDEO && (videoUrl == null || !videoUrl.matches("https?://\\S+"))) {
            throw new RuleViolation("科普视频须填写以 http:// 或 https:// 开头的视频链接");
        }
        if (kind == PopScienceKind.ACTIVITY && (activityTime == null || activityTime.isBlank()
                || activityPlace == null || activityPlace.isBlank())) {
            throw new RuleViolation("科普活动须填写活动时间和地点");
        }
        this.kind = kind;
        this.title = title;
        this.summary = summary;
        this.body = body;
        this.videoUrl = kind == PopScienceKind.VIDEO ? videoUrl : null;
        this.activityTime = kind == PopScienceKind.ACTIVITY ? activityTime : null;
        this.activityPlace = kind == PopScienceKind.ACTIVITY ? activityPlace : null;
        this.updatedAt = now;
    }

    public void target(Set<PopScienceTopic> topics, Audience audience, Region region) {
        if (topics == null || topics.isEmpty()) {
            throw new RuleViolation("请至少选择一个科普主题");
        }
        this.topics = Topics.join(topics);
        this.audience = audience == null ? Audience.PUBLIC : audience;
        this.cityCode = region.cityCode();
        this.countyCode = region.countyCode();
        this.town = region.town();
    }

    public void publish(Instant now) {
        if (!published) {
            published = true;
            publishedAt = now;
        }
    }

    public void withdraw() {
        published = false;
    }

    public void pushedBy(long executionId) {
        this.pushExecutionId = executionId;
    }

    public AudienceRule.Target target() {
        return new AudienceRule.Target(region(), topicSet(), audience);
    }

    public Region region() {
        return new Region(cityCode, countyCode, town);
    }

    public Set<PopScienceTopic> topicSet() {
        return Topics.split(topics, PopScienceTopic.class);
    }

    public Long getId() { return id; }
    public PopScienceKind getKind() { return kind; }
    public String getTitle() { return title; }
    public String getSummary() { return summary; }
    public String getBody() { return body; }
    public String getVideoUrl() { return videoUrl; }
    public String getActivityTime() { return activityTime; }
    public String getActivityPlace() { return activityPlace; }
    public Audience getAudience() { return audience; }
    public String getCityCode() { return cityCode; }
    public String getCountyCode() { return countyCode; }
    public String getTown() { return town; }
    public boolean isPublished() { return published; }
    public Instant getPublishedAt() { return publishedAt; }
    public Long getPushExecutionId() { return pushExecutionId; }
    public String getCreatedBy() { return createdBy; }
    public Instant getUpdatedAt() { return updatedAt; }
}
