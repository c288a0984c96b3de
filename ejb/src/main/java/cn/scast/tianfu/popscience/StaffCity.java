package cn.scast.tianfu.popscience;

import cn.scast.tianfu.platform.Callers;
import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;

/** Whose city a 智慧科普 editor works in. */
final class StaffCity {

    private StaffCity() {
    }

    /** Null for the province office (every city), else the city staff member's own city ("" if none is known). */
    static String of(EntityManager em, SessionContext session) {
        if (session.isCallerInRole("admin") || !session.isCallerInRole("city-staff")) {
            return null;
        }
        return em.createQuery("SELECT s.cityAssociation.cityCode FROM Staff s WHERE s.username = :u", String.class)
                .setParameter("u", Callers.name(session)).getResultStream().findFirst().orElse("");
    }
}
