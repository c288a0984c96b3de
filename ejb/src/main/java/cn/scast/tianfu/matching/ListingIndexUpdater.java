package cn.scast.tianfu.matching;

import cn.scast.tianfu.listing.ListingChanged;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Forwards this node's committed listing changes to its index at once (the outbox feed brings every node's, this one's
 * included, within a second). Runs after the transaction succeeded, so a rolled-back change never reaches the index.
 * The index is updated on a pool thread: an EJB called from an after-completion observer makes Payara suspend the
 * finished transaction and then fail to resume it ("Invalid transaction passed to resume()", payara/Payara#609),
 * which logged a stack trace for every listing saved through the API.
 */
@ApplicationScoped
public class ListingIndexUpdater {

    private static final Logger LOG = Logger.getLogger(ListingIndexUpdater.class.getName());

    @EJB
    private MatchingService matching;

    @Resource
    private ManagedExecutorService executor;

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ListingChanged change) {
        MatchableListing listing = MatchableListing.of(change.listing());
        executor.execute(() -> {
            try {
                matching.upsert(listing);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "listing " + listing.id() + " not indexed at once; the change feed applies it", e);
            }
        });
    }
}
