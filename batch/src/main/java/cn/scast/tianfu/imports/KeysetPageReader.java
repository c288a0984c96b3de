package cn.scast.tianfu.imports;

import jakarta.batch.api.chunk.AbstractItemReader;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Reads keys page by page in key order, each page starting after the last key read; that key is the checkpoint, so a
 * restarted job reads on from where its last chunk committed.
 *
 * @param <K> the key (an id, a username)
 */
public abstract class KeysetPageReader<K extends Serializable> extends AbstractItemReader {

    private static final int PAGE = 200;

    private final Deque<K> page = new ArrayDeque<>();
    private K last;

    /** Up to {@code size} keys after {@code after} (null: from the first) in key order. */
    protected abstract List<K> keysAfter(K after, int size);

    @Override
    @SuppressWarnings("unchecked")
    public void open(Serializable checkpoint) {
        last = (K) checkpoint;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty()) {
            page.addAll(keysAfter(last, PAGE));
        }
        K next = page.poll();
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
