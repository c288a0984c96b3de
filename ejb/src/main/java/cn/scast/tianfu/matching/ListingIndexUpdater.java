package cn.scast.tianfu.matching;

import cn.scast.tianfu.listing.ListingChanged;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Forwards committed listing changes to the index. Runs after the transaction succeeded, so a rolled-back
 * change never reaches the index; a failure here only leaves the cache stale until the next rebuild.
 */
@ApplicationScoped
public class ListingIndexUpdater {

    private static final Logger LOG = Logger.getLogger(ListingIndexUpdater.class.getName());

    @EJB
    private MatchingService matching;

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ListingChanged change) {
        try {
            matching.upsert(MatchableListing.of(change.listing()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "listing " + change.listing().getId() + " not indexed; next rebuild catches up", e);
        }
    }
}
