package cn.scast.tianfu.membership;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** A worker's membership of a society (个人会员). */
@Entity
@Table(name = "mem_society_membership")
public class SocietyMembership extends SocietyMembershipTerms {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "worker_id", nullable = false)
    private Worker worker;

    protected SocietyMembership() {
    }

    public SocietyMembership(Worker worker, Society society, Instant appliedAt) {
        super(society, appliedAt);
        this.worker = worker;
    }

    public Worker getWorker() { return worker; }
}
