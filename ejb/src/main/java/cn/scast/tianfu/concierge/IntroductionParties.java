package cn.scast.tianfu.concierge;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * Who the parties of an introduction are: the contact details of a listing's owner account (shown to the other side
 * only once the 科服保姆 has introduced them) and the name of the account that asked (shown to the 保姆).
 */
@Stateless
@RolesAllowed({"admin", "city-staff", "worker", "enterprise"})
public class IntroductionParties {

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    /** The contact of the account that published the listing; null for a listing without an owner account. */
    public Contact contactOf(Long listingId) {
        if (listingId == null) {
            return null;
        }
        List<?> rows = em.createNativeQuery("SELECT u.display_name, a.contact_person, a.mobile, "
                        + "COALESCE(a.email, u.email) FROM listing l JOIN user_account u ON u.username = l.owner_account "
                        + "LEFT JOIN account_application a ON a.account_id = u.id AND a.status = 'ACTIVE' WHERE l.id = ?1")
                .setParameter(1, listingId).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = (Object[]) rows.get(0);
        return new Contact((String) row[0], (String) row[1], (String) row[2], (String) row[3]);
    }

    /** 对接申请人 as the 保姆 sees it: name and sign-in name of the account that asked; null for a staff-opened order. */
    public String requester(String username) {
        if (username == null) {
            return null;
        }
        List<?> names = em.createNativeQuery("SELECT display_name FROM user_account WHERE username = ?1")
                .setParameter(1, username).getResultList();
        return names.isEmpty() ? username : names.get(0) + "（" + username + "）";
    }
}
