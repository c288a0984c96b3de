package cn.scast.tianfu.evaluation.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** An entry takes part in a round: every entry in the first round, the advancing ones in later rounds. */
@Entity
@Table(name = "evl_round_entry")
public class RoundEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "round_id")
    private EvaluationRound round;

    @ManyToOne(optional = false)
    @JoinColumn(name = "entry_id")
    private Entry entry;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected RoundEntry() {
    }

    public RoundEntry(EvaluationRound round, Entry entry, Instant addedAt) {
        this.round = round;
        this.entry = entry;
        this.addedAt = addedAt;
    }

    public Long getId() { return id; }
    public EvaluationRound getRound() { return round; }
    public Entry getEntry() { return entry; }
    public Instant getAddedAt() { return addedAt; }
}
