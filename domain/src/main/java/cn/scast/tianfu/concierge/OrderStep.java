package cn.scast.tianfu.concierge;

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

import java.math.BigDecimal;
import java.time.LocalDate;

/** One logged step of a concierge order; never changed once logged. */
@Entity
@Table(name = "concierge_step")
public class OrderStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id")
    private ConciergeOrder order;

    @Enumerated(EnumType.STRING)
    @Column(name = "step_type", nullable = false, length = 24)
    private StepType type;

    @Column(length = 1000)
    private String note;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "amount_wan_yuan", precision = 14, scale = 2)
    private BigDecimal amountWanYuan;

    protected OrderStep() {
    }

    OrderStep(ConciergeOrder order, StepType type, String note, LocalDate occurredOn, String recordedBy,
              BigDecimal amountWanYuan) {
        this.order = order;
        this.type = type;
        this.note = note;
        this.occurredOn = occurredOn;
        this.recordedBy = recordedBy;
        this.amountWanYuan = amountWanYuan;
    }

    public Long getId() { return id; }
    public StepType getType() { return type; }
    public String getNote() { return note; }
    public LocalDate getOccurredOn() { return occurredOn; }
    public String getRecordedBy() { return recordedBy; }
    public BigDecimal getAmountWanYuan() { return amountWanYuan; }
}
