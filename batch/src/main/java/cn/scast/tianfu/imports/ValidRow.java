package cn.scast.tianfu.imports;

import java.util.List;

/** A row that passed validation: its line (for diagnostics) and the upsert parameters. */
public record ValidRow(long lineNumber, List<Object> parameters) {
}
