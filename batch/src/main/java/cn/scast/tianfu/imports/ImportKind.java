package cn.scast.tianfu.imports;

import java.util.Locale;

/**
 * A kind of file the associations send: which job imports it and how the inbox recognises it by its
 * name. Implementations are CDI beans (any module area may add one); {@link ImportKinds} finds them.
 * The job must take the file path in the job parameter {@link #fileParameter()} and may take
 * {@code encoding} (declared charset, e.g. GB18030).
 */
public interface ImportKind {

    /** Stable identifier, e.g. {@code listing}; also the key {@code kind.<name>} of its label in the UI bundle. */
    String name();

    /** Batch job (JSL id) that imports one file of this kind. */
    String jobName();

    /** File-name prefix in the inbox, e.g. {@code listings_}; compared case-insensitively. */
    String filePrefix();

    /** Job parameter that receives the absolute file path. */
    default String fileParameter() {
        return "file";
    }

    /** Whether an inbox file of this name belongs to this kind: the prefix and a .csv or .xlsx extension. */
    default boolean matches(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.startsWith(filePrefix().toLowerCase(Locale.ROOT))
                && (lower.endsWith(".csv") || lower.endsWith(".xlsx"));
    }
}
