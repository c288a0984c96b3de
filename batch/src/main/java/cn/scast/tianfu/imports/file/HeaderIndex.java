package cn.scast.tianfu.imports.file;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Column positions of one header, looked up exactly first and case-insensitively second. */
final class HeaderIndex {

    private final List<String> names;
    private final Map<String, Integer> exact;
    private final Map<String, Integer> folded;

    HeaderIndex(List<String> names) {
        this.names = List.copyOf(names);
        this.exact = new HashMap<>(names.size() * 2);
        this.folded = new HashMap<>(names.size() * 2);
        for (int i = 0; i < names.size(); i++) {
            exact.put(names.get(i), i);
            folded.putIfAbsent(fold(names.get(i)), i);
        }
    }

    static String fold(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    List<String> names() {
        return names;
    }

    int size() {
        return names.size();
    }

    String name(int index) {
        return names.get(index);
    }

    int indexOf(String name) {
        Integer i = exact.get(name);
        if (i == null) {
            i = folded.get(fold(name));
        }
        return i == null ? -1 : i;
    }
}
