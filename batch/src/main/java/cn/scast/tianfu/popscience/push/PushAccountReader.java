package cn.scast.tianfu.popscience.push;

import cn.scast.tianfu.popscience.PopSciencePushes;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/** The subscribers inside the item's region in account id order; the checkpoint is the last account id read. */
@Named
@Dependent
public class PushAccountReader extends AbstractItemReader {

    private static final int PAGE = 200;

    @EJB
    private PopSciencePushes pushes;

    @Inject
    @BatchProperty
    private String itemId;

    private final Deque<Long> page = new ArrayDeque<>();
    private Long last;

    @Override
    public void open(Serializable checkpoint) {
        last = (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty()) {
            page.addAll(pushes.candidates(Long.parseLong(itemId.strip()), last, PAGE));
        }
        Long next = page.poll();
        if (next != null) {
            last = next;
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return last;
    }
}
