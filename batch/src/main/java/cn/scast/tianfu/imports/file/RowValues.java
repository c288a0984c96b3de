package cn.scast.tianfu.imports.file;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Unmodifiable values of one row backed by an array and the shared {@link HeaderIndex}: iteration in
 * header order, keys are the header names, {@link #get} and {@link #containsKey} ignore case and
 * surrounding white space. One small object per row instead of a hash map.
 */
final class RowValues extends AbstractMap<String, String> {

    private final HeaderIndex index;
    private final String[] values;

    RowValues(HeaderIndex index, String[] values) {
        this.index = index;
        this.values = values;
    }

    @Override
    public String get(Object key) {
        int i = key instanceof String name ? index.indexOf(name) : -1;
        return i < 0 ? null : values[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String name && index.indexOf(name) >= 0;
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < values.length;
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (next >= values.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(index.name(i), values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return values.length;
            }
        };
    }
}
