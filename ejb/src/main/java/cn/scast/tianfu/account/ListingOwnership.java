package cn.scast.tianfu.account;

import cn.scast.tianfu.listing.ListingChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;

import java.security.Principal;

/**
 * A listing created by a self-registered 科技工作者 or 企事业单位 account belongs to that account: its
 * {@code owner_account} is the account and its owner text the account's name, whatever free text was sent. Runs in
 * the creating transaction (listing changes are announced inside it); staff-created and imported listings keep no
 * owner account. Only an empty owner is filled, so later edits by staff never move a listing to another account.
 */
@ApplicationScoped
public class ListingOwnership {

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @Inject
    private SecurityContext security;

    void onListingChanged(@Observes ListingChanged change) {
        Principal caller;
        try {
            caller = security.getCallerPrincipal();
            if (caller == null || !(security.isCallerInRole("worker") || security.isCallerInRole("enterprise"))
                    || security.isCallerInRole("admin") || security.isCallerInRole("city-staff")) {
                return;
            }
        } catch (RuntimeException noCaller) {
            return; // batch steps and timers: no signed-in caller, no owner account
        }
        em.createNativeQuery("UPDATE listing l JOIN user_account a ON a.username = ? "
                        + "SET l.owner_account = a.username, l.owner_name = LEFT(a.display_name, 64) "
                        + "WHERE l.id = ? AND l.owner_account IS NULL")
                .setParameter(1, caller.getName())
                .setParameter(2, change.listing().id())
                .executeUpdate();
    }
}
