package cn.scast.tianfu.platform;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A lazy table model that keeps deep pages cheap. It counts once per filter (not on every page turn) and
 * remembers the id of the last row of every page it has shown; a page is then read by seeking behind the
 * nearest remembered row ("next" costs one page wherever it is), from the end when that is closer (the
 * last pages), and by plain offset only near the start. Page numbers and totals stay exact.
 */
public abstract class KeysetLazyModel<T> extends LazyDataModel<T> {

    private static final int MAX_ANCHORS = 2_000;

    private final TreeMap<Integer, Long> anchors = new TreeMap<>();
    private Object countedFilter;
    private int count;

    /** One page from the service. */
    protected abstract Page<T> fetch(PageRequest request);

    /** The current filter values; a change means a new count and forgotten anchors. */
    protected abstract Object filter();

    protected abstract Long idOf(T row);

    /** Forget counts and positions, e.g. after a save. */
    public void reset() {
        countedFilter = null;
        anchors.clear();
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        Object current = filter();
        if (countedFilter == null || !Objects.equals(current, countedFilter)) {
            anchors.clear();
            count = (int) Math.min(Integer.MAX_VALUE, fetch(new PageRequest(0, 1, null, false, true)).total());
            countedFilter = current;
        }
        return count;
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        PageRequest request = plan(first, pageSize, getRowCount());
        List<T> rows = fetch(request).items();
        if (!rows.isEmpty()) {
            if (anchors.size() >= MAX_ANCHORS) {
                anchors.clear();
            }
            anchors.put(first + rows.size() - 1, idOf(rows.get(rows.size() - 1)));
        }
        return rows;
    }

    /** The cheapest way to the rows [first, first + size): from an anchor, from the end, or from the start. */
    /** False for services that page by offset only (small tables); then every page is read by offset. */
    protected boolean seeks() {
        return true;
    }

    PageRequest plan(int first, int size, int total) {
        if (!seeks()) {
            return new PageRequest(first, size, null, false, false);
        }
        Map.Entry<Integer, Long> anchor = anchors.floorEntry(first - 1);
        int skipFromAnchor = anchor == null ? first : first - anchor.getKey() - 1;
        int rowsAfterPage = total - first - size;
        if (total > 0 && first < total && Math.max(rowsAfterPage, 0) < skipFromAnchor) {
            int limit = Math.min(size, total - first);
            return new PageRequest(Math.max(rowsAfterPage, 0), limit, null, true, false);
        }
        if (anchor != null) {
            return new PageRequest(skipFromAnchor, size, anchor.getValue(), false, false);
        }
        return new PageRequest(first, size, null, false, false);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(idOf(row));
    }
}
