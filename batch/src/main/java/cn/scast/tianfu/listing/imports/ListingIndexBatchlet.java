package cn.scast.tianfu.listing.imports;

import cn.scast.tianfu.matching.MatchingService;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Last step of the listing import: rebuilds the matching index so imported rows are proposed at once. */
@Named("listingIndexRebuild")
@Dependent
public class ListingIndexBatchlet extends AbstractBatchlet {

    @EJB
    private MatchingService matching;

    @Inject
    private StepContext stepContext;

    @Override
    public String process() {
        String status = "INDEXED=" + matching.rebuild();
        stepContext.setExitStatus(status);
        return status;
    }
}
