package cn.scast.tianfu.popscience.push;

import cn.scast.tianfu.popscience.PopSciencePushes;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * Delivers the item to each recipient of the chunk in the chunk's transaction together with its delivery row, so a
 * restart after a failure neither loses nor repeats one; the step's persistent user data counts the deliveries.
 * The recipients are accounts (inbox and mail) or, with {@code recipients=subscribers}, public subscribers without
 * an account (mail or SMS).
 */
@Named
@Dependent
public class PushWriter extends AbstractItemWriter {

    @EJB
    private PopSciencePushes pushes;

    @Inject
    @BatchProperty
    private String itemId;

    @Inject
    @BatchProperty
    private String recipients;

    @Inject
    private StepContext step;

    @Override
    public void writeItems(List<Object> ids) {
        long item = Long.parseLong(itemId.strip());
        boolean subscribers = "subscribers".equals(recipients);
        long delivered = step.getPersistentUserData() instanceof Long count ? count : 0L;
        for (Object id : ids) {
            if (subscribers ? pushes.deliverToSubscriber(item, (Long) id) : pushes.deliver(item, (Long) id)) {
                delivered++;
            }
        }
        step.setPersistentUserData(delivered);
    }
}
