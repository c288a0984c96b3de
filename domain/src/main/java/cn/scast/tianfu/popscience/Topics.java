package cn.scast.tianfu.popscience;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Enum sets stored as one comma-separated column (e.g. {@code HEALTH,SAFETY}). */
public final class Topics {

    private Topics() {
    }

    public static <E extends Enum<E>> String join(Collection<E> values) {
        return values == null ? "" : values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    public static <E extends Enum<E>> Set<E> split(String column, Class<E> type) {
        Set<E> result = EnumSet.noneOf(type);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::strip).forEach(name -> result.add(Enum.valueOf(type, name)));
        }
        return result;
    }
}
