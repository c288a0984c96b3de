package cn.scast.tianfu.matching.digest;

import cn.scast.tianfu.matching.MatchDigests;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/** The accounts that own listings, in username order; the checkpoint is the last username read. */
@Named
@Dependent
public class DigestAccountReader extends AbstractItemReader {

    private static final int PAGE = 200;

    @EJB
    private MatchDigests digests;

    private final Deque<String> page = new ArrayDeque<>();
    private String last;

    @Override
    public void open(Serializable checkpoint) {
        last = (String) checkpoint;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty()) {
            page.addAll(digests.owners(last, PAGE));
        }
        String next = page.poll();
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
