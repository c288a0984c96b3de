package cn.scast.tianfu.account;

import cn.scast.tianfu.listing.ListingChanged;
import cn.scast.tianfu.platform.Callers;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A listing created by a self-registered 科技工作者 or 企事业单位 account belongs to that account: its
 * {@code owner_account} is the account and its owner text the account's name, whatever free text was sent. Runs in
 * the creating transaction (listing changes are announced inside it); staff-created and imported listings keep no
 * owner account. Only an empty owner is filled, so later edits by staff never move a listing to another account.
 */
@Stateless
@PermitAll
public class ListingOwnership {

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @Resource
    private SessionContext session;

    public void onListingChanged(@Observes ListingChanged change) {
        String caller = Callers.name(session);
        boolean applicant = session.isCallerInRole("worker") || session.isCallerInRole("enterprise");
        boolean staff = session.isCallerInRole("admin") || session.isCallerInRole("city-staff");
        if (Callers.SYSTEM.equals(caller) || !applicant || staff) {
            return;
        }
        em.createNativeQuery("UPDATE listing l JOIN user_account a ON a.username = ? "
                        + "SET l.owner_account = a.username, l.owner_name = LEFT(a.display_name, 100) "
                        + "WHERE l.id = ? AND l.owner_account IS NULL")
                .setParameter(1, caller)
                .setParameter(2, change.listing().getId())
                .executeUpdate();
    }
}
