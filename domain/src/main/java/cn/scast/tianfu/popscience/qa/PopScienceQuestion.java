package cn.scast.tianfu.popscience.qa;

import cn.scast.tianfu.platform.RuleViolation;
import cn.scast.tianfu.popscience.PopScienceTopic;
import cn.scast.tianfu.popscience.Region;
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

/**
 * A question asked by a signed-in account about a topic, in a city (and county). It is public once it has a visible
 * answer and staff have not hidden it; until then only the asker and those who may answer it see it.
 */
@Entity
@Table(name = "popsci_question")
public class PopScienceQuestion {

    public static final int TITLE_MAX = 100;
    public static final int TEXT_MAX = 2000;
    public static final int TITLE_MIN = 4;
    public static final int TEXT_MIN = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "asker_id", nullable = false)
    private long askerId;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(nullable = false, length = TEXT_MAX)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PopScienceTopic topic;

    @Column(name = "city_code", nullable = false, length = 6)
    private String cityCode;

    @Column(name = "county_code", length = 6)
    private String countyCode;

    @Column(length = 64)
    private String town;

    @Column(name = "answer_count", nullable = false)
    private int answerCount;

    @Column(nullable = false)
    private boolean hidden;

    @Column(name = "asked_at", nullable = false)
    private Instant askedAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Version
    private long version;

    protected PopScienceQuestion() {
    }

    public PopScienceQuestion(long askerId, String title, String text, PopScienceTopic topic, Region region, Instant now) {
        String t = title == null ? "" : title.strip();
        String b = text == null ? "" : text.strip();
        if (t.length() < TITLE_MIN || t.length() > TITLE_MAX) {
            throw new RuleViolation("问题标题应为 " + TITLE_MIN + " 到 " + TITLE_MAX + " 个字");
        }
        if (b.length() < TEXT_MIN || b.length() > TEXT_MAX) {
            throw new RuleViolation("问题描述应为 " + TEXT_MIN + " 到 " + TEXT_MAX + " 个字");
        }
        if (topic == null) {
            throw new RuleViolation("请选择问题的科普主题");
        }
        if (region == null || region.cityCode() == null) {
            throw new RuleViolation("请选择问题所在的市州");
        }
        this.askerId = askerId;
        this.title = t;
        this.body = b;
        this.topic = topic;
        this.cityCode = region.cityCode();
        this.countyCode = region.countyCode();
        this.town = region.town();
        this.askedAt = now;
    }

    /** Counts a new visible answer; the first one makes the question answered. */
    public void answered(Instant now) {
        answerCount++;
        if (answeredAt == null) {
            answeredAt = now;
        }
    }

    /** A visible answer was hidden by staff. */
    public void answerHidden() {
        answerCount = Math.max(0, answerCount - 1);
    }

    public void hide() {
        this.hidden = true;
    }

    /** Public: not hidden and at least one visible answer. */
    public boolean isPublic() {
        return !hidden && answerCount > 0;
    }

    public Region region() {
        return new Region(cityCode, countyCode, town);
    }

    public Long getId() { return id; }
    public long getAskerId() { return askerId; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public PopScienceTopic getTopic() { return topic; }
    public String getCityCode() { return cityCode; }
    public String getCountyCode() { return countyCode; }
    public String getTown() { return town; }
    public int getAnswerCount() { return answerCount; }
    public boolean isHidden() { return hidden; }
    public Instant getAskedAt() { return askedAt; }
    public Instant getAnsweredAt() { return answeredAt; }
}
