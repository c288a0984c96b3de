package cn.scast.tianfu.listing;

import cn.scast.tianfu.membership.identity.MaxCodePoints;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A demand–supply pair someone turned down: matching never proposes it again. One row per pair. */
@Entity
@Table(name = "listing_match_decline",
        uniqueConstraints = @UniqueConstraint(name = "uk_decline_pair", columnNames = {"demand_id", "supply_id"}))
public class MatchDecline implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NOTE_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "demand_id", nullable = false)
    private long demandId;

    @Column(name = "supply_id", nullable = false)
    private long supplyId;

    @NotNull(message = "{listing.decline.reason.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private DeclineReason reason;

    @MaxCodePoints(value = NOTE_MAX, message = "{listing.decline.note.tooLong}")
    @Column(length = NOTE_MAX)
    private String note;

    @NotBlank
    @Column(name = "declined_by", nullable = false, length = 64)
    private String declinedBy;

    @Column(name = "declined_at", nullable = false)
    private Instant declinedAt;

    protected MatchDecline() {
    }

    public MatchDecline(long demandId, long supplyId, DeclineReason reason, String note, String declinedBy,
                        Instant declinedAt) {
        this.demandId = demandId;
        this.supplyId = supplyId;
        this.reason = reason;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.declinedBy = declinedBy;
        this.declinedAt = Objects.requireNonNull(declinedAt, "declinedAt");
    }

    public Long getId() {
        return id;
    }

    public long getDemandId() {
        return demandId;
    }

    public long getSupplyId() {
        return supplyId;
    }

    public DeclineReason getReason() {
        return reason;
    }

    public String getNote() {
        return note;
    }

    public String getDeclinedBy() {
        return declinedBy;
    }

    public Instant getDeclinedAt() {
        return declinedAt;
    }
}
