package cn.scast.tianfu.membership;

import java.io.Serializable;
import java.util.List;

/** One page of a search: the rows, the total matching, and where the page starts. */
public record Page<T>(List<T> items, long total, int offset, int limit) implements Serializable {
}
