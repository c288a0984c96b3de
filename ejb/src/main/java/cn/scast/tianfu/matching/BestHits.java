package cn.scast.tianfu.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The n best of a stream of hits: highest score first, equal scores by listing id ascending. A bounded heap
 * whose root is the worst hit kept, in primitive arrays because every candidate of a search is offered.
 */
final class BestHits {
    private final int capacity;
    private final int[] docs;
    private final long[] ids;
    private final float[] scores;
    private int size;

    BestHits(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
        this.docs = new int[capacity];
        this.ids = new long[capacity];
        this.scores = new float[capacity];
    }

    /**
     * The lowest score a hit may have and still be kept (if its id is low enough): the worst kept score once
     * full, before that the smallest positive float, so that untouched documents (score 0) are never taken.
     */
    float floor() {
        return size < capacity ? Float.MIN_VALUE : scores[0];
    }

    void offer(int doc, long id, float score) {
        if (size < capacity) {
            docs[size] = doc;
            ids[size] = id;
            scores[size] = score;
            siftUp(size++);
        } else if (worse(0, score, id)) {
            docs[0] = doc;
            ids[0] = id;
            scores[0] = score;
            siftDown(0);
        }
    }

    /** The kept hits, best first. */
    List<TermAtATimeSearch.Hit> toList() {
        List<TermAtATimeSearch.Hit> hits = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            hits.add(new TermAtATimeSearch.Hit(docs[i], ids[i], scores[i]));
        }
        hits.sort(Comparator.comparing(TermAtATimeSearch.Hit::score).reversed()
                .thenComparingLong(TermAtATimeSearch.Hit::id));
        return hits;
    }

    /** Whether the kept hit at slot i ranks below a hit of (score, id). */
    private boolean worse(int i, float score, long id) {
        return scores[i] < score || (scores[i] == score && ids[i] > id);
    }

    private boolean worse(int i, int j) {
        return worse(i, scores[j], ids[j]);
    }

    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!worse(i, parent)) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int i) {
        while (true) {
            int left = 2 * i + 1;
            if (left >= size) {
                return;
            }
            int worst = left + 1 < size && worse(left + 1, left) ? left + 1 : left;
            if (!worse(worst, i)) {
                return;
            }
            swap(i, worst);
            i = worst;
        }
    }

    private void swap(int i, int j) {
        int doc = docs[i];
        docs[i] = docs[j];
        docs[j] = doc;
        long id = ids[i];
        ids[i] = ids[j];
        ids[j] = id;
        float score = scores[i];
        scores[i] = scores[j];
        scores[j] = score;
    }
}
