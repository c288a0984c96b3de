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

/** Juror is to evaluate entry in round; made by the automatic assigner or by hand. */
@Entity
@Table(name = "evl_assignment")
public class JuryAssignment {

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

    @Column(nullable = false)
    private boolean manual;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    protected JuryAssignment() {
    }

    public JuryAssignment(EvaluationRound round, Entry entry, Juror juror, boolean manual, Instant assignedAt) {
        this.round = round;
        this.entry = entry;
        this.juror = juror;
        this.manual = manual;
        this.assignedAt = assignedAt;
    }

    public Long getId() { return id; }
    public EvaluationRound getRound() { return round; }
    public Entry getEntry() { return entry; }
    public Juror getJuror() { return juror; }
    public boolean isManual() { return manual; }
    public Instant getAssignedAt() { return assignedAt; }
}
