package cn.scast.tianfu.listing;

import cn.scast.tianfu.platform.Callers;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** 我的所能 / 我的所需: the listings a 科技工作者 or 企事业单位 account published, newest first. */
@Stateless
@RolesAllowed({"worker", "enterprise"})
public class OwnListings {

    private static final int MAX = 200;

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @Resource
    private SessionContext session;

    public List<Listing> mine() {
        List<Long> ids = em.createNativeQuery("SELECT id FROM listing WHERE owner_account = ?1 ORDER BY id DESC")
                .setParameter(1, Callers.name(session)).setMaxResults(MAX).getResultList().stream()
                .map(id -> ((Number) id).longValue()).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT l FROM Listing l WHERE l.id IN :ids ORDER BY l.id DESC", Listing.class)
                .setParameter("ids", ids).getResultList();
    }

    /** Whether the caller published the listing. */
    public boolean owns(long listingId) {
        return !em.createNativeQuery("SELECT 1 FROM listing WHERE id = ?1 AND owner_account = ?2")
                .setParameter(1, listingId).setParameter(2, Callers.name(session)).getResultList().isEmpty();
    }
}
