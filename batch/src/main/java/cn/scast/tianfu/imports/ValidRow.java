package cn.scast.tianfu.imports;

import java.util.List;

/**
 * A row that passed validation: its line (for diagnostics), the upsert parameters and, for targets that
 * allow a key once per file, its natural key (else null).
 */
public record ValidRow(long lineNumber, List<Object> parameters, String uniqueKey) {

    public ValidRow(long lineNumber, List<Object> parameters) {
        this(lineNumber, parameters, null);
    }
}
