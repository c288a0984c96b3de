package cn.scast.tianfu.evaluation.model;

import cn.scast.tianfu.evaluation.conflict.Recusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** A juror's own declaration not to judge an entry (本人申请回避), with the reason. */
@Entity
@Table(name = "evl_recusal")
public class RecusalDeclaration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "juror_id")
    private Juror juror;

    @ManyToOne(optional = false)
    @JoinColumn(name = "entry_id")
    private Entry entry;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "declared_at", nullable = false)
    private Instant declaredAt;

    protected RecusalDeclaration() {
    }

    public RecusalDeclaration(Juror juror, Entry entry, String reason, Instant declaredAt) {
        this.juror = juror;
        this.entry = entry;
        this.reason = reason;
        this.declaredAt = declaredAt;
    }

    public Recusal toRecusal() {
        return new Recusal(juror.getUsername(), String.valueOf(entry.getId()), reason);
    }

    public Long getId() { return id; }
    public Juror getJuror() { return juror; }
    public Entry getEntry() { return entry; }
    public String getReason() { return reason; }
    public Instant getDeclaredAt() { return declaredAt; }
}
