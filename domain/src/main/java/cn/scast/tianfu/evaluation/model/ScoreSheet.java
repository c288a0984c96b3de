package cn.scast.tianfu.evaluation.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * One juror's scores for one entry in one round. Every write bumps {@link #version}, so two writers that
 * loaded the same version cannot both win: the later one gets an optimistic-lock conflict.
 */
@Entity
@Table(name = "evl_score_sheet")
public class ScoreSheet {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "round_id")
    private EvaluationRound round;

    @ManyToOne(optional = false)
    @JoinColumn(name = "entry_id")
    private Entry entry;

    @ManyToOne(optional = false)
    @JoinColumn(name = "juror_id")
    private Juror juror;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "evl_score_value", joinColumns = @JoinColumn(name = "sheet_id"))
    @MapKeyColumn(name = "criterion_code", length = 32)
    @Column(name = "score", precision = 9, scale = 1, nullable = false)
    private Map<String, BigDecimal> scores = new HashMap<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SheetStatus status = SheetStatus.DRAFT;

    @Column(precision = 12, scale = 4)
    private BigDecimal total;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(nullable = false)
    private boolean overridden;

    @Version
    private long version;

    protected ScoreSheet() {
    }

    public ScoreSheet(EvaluationRound round, Entry entry, Juror juror, Instant now) {
        this.round = round;
        this.entry = entry;
        this.juror = juror;
        this.updatedAt = now;
    }

    /** Replaces the values; total is null while the draft is incomplete. */
    public void record(Map<String, BigDecimal> values, BigDecimal total, Instant now) {
        scores.clear();
        scores.putAll(values);
        this.total = total;
        this.updatedAt = now;
    }

    public void submit(Instant now) {
        this.status = SheetStatus.SUBMITTED;
        this.submittedAt = now;
        this.updatedAt = now;
    }

    public void markOverridden() {
        this.overridden = true;
    }

    public boolean isSubmitted() {
        return status == SheetStatus.SUBMITTED;
    }

    /** For the audit trail: the values, total and status as they are now. */
    public Map<String, Object> snapshot() {
        Map<String, Object> state = new TreeMap<>();
        state.put("scores", new TreeMap<>(scores));
        state.put("total", total);
        state.put("status", status.name());
        state.put("juror", juror.getUsername());
        state.put("entryId", entry.getId());
        state.put("version", version);
        return state;
    }

    public Long getId() { return id; }
    public EvaluationRound getRound() { return round; }
    public Entry getEntry() { return entry; }
    public Juror getJuror() { return juror; }
    public Map<String, BigDecimal> getScores() { return scores; }
    public SheetStatus getStatus() { return status; }
    public BigDecimal getTotal() { return total; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Instant getSubmittedAt() { return submittedAt; }
    public boolean isOverridden() { return overridden; }
    public long getVersion() { return version; }
}
