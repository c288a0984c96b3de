package cn.scast.tianfu.membership;

import java.io.Serializable;
import java.time.LocalDate;

public record MembershipView(Long id, Long workerId, String workerName, Long societyId, String societyName,
                             MembershipStatus status, LocalDate paidUntil) implements Serializable {

    static MembershipView of(SocietyMembership m) {
        return new MembershipView(m.getId(), m.getWorker().getId(), m.getWorker().getName(), m.getSociety().getId(),
                m.getSociety().getName(), m.getStatus(), m.getPaidUntil());
    }
}
