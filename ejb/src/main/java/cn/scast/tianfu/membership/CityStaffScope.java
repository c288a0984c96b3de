package cn.scast.tianfu.membership;

import cn.scast.tianfu.platform.Callers;
import cn.scast.tianfu.platform.RecordAccessRefused;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/**
 * The city a caller's work is confined to. Administrators, batch steps and timers are not confined; a
 * 科服保姆 (city-staff and not admin) works for the one city of their association, and a city-staff login
 * without a staff record is confined to no city at all.
 */
@Stateless
@PermitAll
public class CityStaffScope {

    /** The city code of a city-staff login that has no staff record: matches no real city. */
    static final String NO_CITY = "------";

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @Resource
    private SessionContext session;

    /** The caller's city when the caller is confined to one; empty when the caller may work on every city. */
    public Optional<String> confinedCity() {
        if (session.isCallerInRole("admin") || !session.isCallerInRole("city-staff")) {
            return Optional.empty();
        }
        return Optional.of(em.createQuery("SELECT s.cityAssociation.cityCode FROM Staff s WHERE s.username = :u",
                        String.class)
                .setParameter("u", Callers.name(session))
                .getResultStream().findFirst().orElse(NO_CITY));
    }

    /** Refuses with {@code refusal} (Chinese) when the caller is confined to a city other than {@code cityCode}. */
    public void requireMayWorkOn(String cityCode, String refusal) {
        Optional<String> own = confinedCity();
        if (own.isPresent() && !own.get().equals(cityCode)) {
            throw new RecordAccessRefused(refusal);
        }
    }
}
