package cn.scast.tianfu.evaluation.intake;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/**
 * A submission to an edition (an award nomination, a contest registration): what the engine entry it became was
 * made from. Each programme keeps its own table; where a programme names a column otherwise (who submitted it and
 * when, the nominee) its entity says so with {@code @AttributeOverride}.
 */
@MappedSuperclass
public abstract class Submission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "edition_id", nullable = false)
    private long editionId;

    @Column(name = "entry_id", nullable = false)
    private long entryId;

    @Column(name = "category_code", nullable = false, length = 32)
    private String categoryCode;

    @Column(nullable = false, length = 255)
    private String title;

    /** Who the entry is of: the nominee, the entrant (the first member of a group). */
    @Column(name = "entrant_name", nullable = false, length = 64)
    private String entrantName;

    @Column(nullable = false, length = 64)
    private String submittedBy;

    @Column(nullable = false)
    private Instant submittedAt;

    protected Submission() {
    }

    protected Submission(long editionId, long entryId, String categoryCode, String title, String entrantName,
                         String submittedBy, Instant submittedAt) {
        this.editionId = editionId;
        this.entryId = entryId;
        this.categoryCode = categoryCode;
        this.title = title;
        this.entrantName = entrantName;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
    }

    public Long getId() { return id; }
    public long getEditionId() { return editionId; }
    public long getEntryId() { return entryId; }
    public String getCategoryCode() { return categoryCode; }
    public String getTitle() { return title; }
    public String getEntrantName() { return entrantName; }
    public String getSubmittedBy() { return submittedBy; }
    public Instant getSubmittedAt() { return submittedAt; }
}
