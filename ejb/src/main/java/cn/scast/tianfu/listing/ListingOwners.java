package cn.scast.tianfu.listing;

import cn.scast.tianfu.platform.Callers;
import cn.scast.tianfu.platform.RecordAccessRefused;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * Who may change a listing on the self-service side: a 科技工作者 or 企事业单位 account (not staff) changes only the
 * listings it published itself. Staff and administrators are confined by city elsewhere ({@code CityStaffScope}).
 */
@Stateless
@PermitAll
public class ListingOwners {

    static final String NOT_OWN = "只能修改自己发布的供需信息";

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @Resource
    private SessionContext session;

    /** Whether the caller is a self-service account (worker or enterprise) without a staff role. */
    public boolean selfService() {
        boolean staff = session.isCallerInRole("admin") || session.isCallerInRole("city-staff");
        return !staff && (session.isCallerInRole("worker") || session.isCallerInRole("enterprise"));
    }

    /** Refuses (403) when a self-service caller is not the owner of the listing. */
    public void requireMayChange(long listingId) {
        if (selfService() && !ownedByCaller(listingId)) {
            throw new RecordAccessRefused(NOT_OWN);
        }
    }

    private boolean ownedByCaller(long listingId) {
        List<?> owner = em.createNativeQuery("SELECT owner_account FROM listing WHERE id = ?1")
                .setParameter(1, listingId).getResultList();
        return !owner.isEmpty() && Callers.name(session).equals(owner.get(0));
    }
}
