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
 * Delivers the item to each public subscriber of the chunk (mail or SMS) in the chunk's transaction together with
 * its delivery row; the step's persistent user data counts the deliveries.
 */
@Named
@Dependent
public class PushSubscriberWriter extends AbstractItemWriter {

    @EJB
    private PopSciencePushes pushes;

    @Inject
    @BatchProperty
    private String itemId;

    @Inject
    private StepContext step;

    @Override
    public void writeItems(List<Object> subscribers) {
        long item = Long.parseLong(itemId.strip());
        long delivered = step.getPersistentUserData() instanceof Long count ? count : 0L;
        for (Object subscriber : subscribers) {
            if (pushes.deliverToSubscriber(item, (Long) subscriber)) {
                delivered++;
            }
        }
        step.setPersistentUserData(delivered);
    }
}
