package cn.scast.tianfu.membership;

import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;

/**
 * Who is calling and what that means for scoping: the city of a city-staff login, the society of a
 * society-officer login.
 */
record MembershipCaller(String username, boolean admin, boolean cityStaff, boolean officer, boolean worker,
                        String staffCityCode, Long officerSocietyId) {

    static MembershipCaller of(SessionContext session, EntityManager em) {
        String name = session.getCallerPrincipal() == null ? null : session.getCallerPrincipal().getName();
        boolean admin = session.isCallerInRole("admin");
        boolean staff = session.isCallerInRole("city-staff");
        boolean officer = session.isCallerInRole("society-officer");
        boolean worker = session.isCallerInRole("worker");
        String city = null;
        if (staff && name != null) {
            city = em.createQuery("SELECT s.cityAssociation.cityCode FROM Staff s WHERE s.username = :u", String.class)
                    .setParameter("u", name).getResultStream().findFirst().orElse(null);
        }
        Long society = null;
        if (officer && name != null) {
            society = em.createQuery("SELECT o.society.id FROM SocietyOfficer o WHERE o.username = :u", Long.class)
                    .setParameter("u", name).getResultStream().findFirst().orElse(null);
        }
        return new MembershipCaller(name, admin, staff, officer, worker, city, society);
    }

    /** Officers (who are not also admins) see only their own society's members. */
    boolean scopedToSociety() {
        return officer && !admin;
    }

    boolean maySeePrivate(Worker w) {
        return admin
                || (username != null && username.equals(w.getAccountUsername()))
                || (cityStaff && staffCityCode != null && staffCityCode.equals(w.getCityCode()));
    }
}
