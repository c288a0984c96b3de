package cn.scast.tianfu.membership;

import cn.scast.tianfu.platform.RecordAccessRefused;
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

    /** City staff (who are not also admins) write only their own city's records. */
    void requireCity(String cityCode) {
        if (!admin && cityStaff && !cityCode.equals(staffCityCode)) {
            throw RecordAccessRefused.thisRecord();
        }
    }

    /** Officers (who are not also admins) act only for their own society. */
    void requireSociety(long societyId) {
        if (scopedToSociety() && (officerSocietyId == null || officerSocietyId != societyId)) {
            throw RecordAccessRefused.thisRecord();
        }
    }

    /** The society a listing is confined to: an officer's own (another is refused), else the one asked for. */
    Long societyScope(Long requested) {
        if (!scopedToSociety()) {
            return requested;
        }
        if (requested != null && !requested.equals(officerSocietyId)) {
            throw RecordAccessRefused.thisRecord();
        }
        return officerSocietyId;
    }

    /** An officer whose login is linked to no society sees no records at all. */
    boolean seesNoSociety() {
        return scopedToSociety() && officerSocietyId == null;
    }
}
