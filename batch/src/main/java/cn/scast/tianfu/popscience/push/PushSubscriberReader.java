package cn.scast.tianfu.popscience.push;

import cn.scast.tianfu.imports.KeysetPageReader;
import cn.scast.tianfu.popscience.PopSciencePushes;
import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * The confirmed public subscribers (no account) inside the item's region in id order; the checkpoint is the last
 * subscriber id read.
 */
@Named
@Dependent
public class PushSubscriberReader extends KeysetPageReader<Long> {

    @EJB
    private PopSciencePushes pushes;

    @Inject
    @BatchProperty
    private String itemId;

    @Override
    protected List<Long> keysAfter(Long after, int size) {
        return pushes.subscriberCandidates(Long.parseLong(itemId.strip()), after, size);
    }
}
