package cn.scast.tianfu.evaluation.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** The public notice (公示) of an edition's results: its period and whether the results are published. */
@Entity
@Table(name = "evl_notice")
public class Notice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "edition_id")
    private Edition edition;

    @ManyToOne(optional = false)
    @JoinColumn(name = "final_round_id")
    private EvaluationRound finalRound;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private NoticeStatus status = NoticeStatus.OPEN;

    @Column(name = "opened_by", nullable = false, length = 64)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "published_by", length = 64)
    private String publishedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Version
    private long version;

    protected Notice() {
    }

    public Notice(Edition edition, EvaluationRound finalRound, Instant startsAt, Instant endsAt, String openedBy,
                  Instant openedAt) {
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("notice ends before it starts");
        }
        this.edition = edition;
        this.finalRound = finalRound;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }

    /** Objections are taken from the start to the end of the period, and never after publication. */
    public boolean acceptsObjectionsAt(Instant now) {
        return status == NoticeStatus.OPEN && !now.isBefore(startsAt) && now.isBefore(endsAt);
    }

    public boolean isPublished() {
        return status == NoticeStatus.PUBLISHED;
    }

    /** Moves the period, e.g. to extend it or to end it early. */
    public void reschedule(Instant startsAt, Instant endsAt) {
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("notice ends before it starts");
        }
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    public void publish(String by, Instant at) {
        this.status = NoticeStatus.PUBLISHED;
        this.publishedBy = by;
        this.publishedAt = at;
    }

    public Long getId() { return id; }
    public Edition getEdition() { return edition; }
    public EvaluationRound getFinalRound() { return finalRound; }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public NoticeStatus getStatus() { return status; }
    public String getOpenedBy() { return openedBy; }
    public Instant getOpenedAt() { return openedAt; }
    public String getPublishedBy() { return publishedBy; }
    public Instant getPublishedAt() { return publishedAt; }
    public long getVersion() { return version; }
}
