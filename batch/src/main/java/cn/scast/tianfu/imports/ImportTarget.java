package cn.scast.tianfu.imports;

import cn.scast.tianfu.imports.file.RowRejectedException;
import cn.scast.tianfu.imports.file.SourceRow;

import java.util.List;
import java.util.Set;

/**
 * One kind of record an import job can load: which columns it needs, how a row becomes the
 * parameters of an idempotent upsert (by natural key), and that upsert. Implementations are CDI
 * beans; the job names them by {@link #name()}.
 */
public interface ImportTarget {

    String name();

    /**
     * The file-name prefix by which the inbox recognises this target's files (e.g. {@code listings_}), which
     * makes the target an {@link ImportKind} loaded by the job {@link ImportKind#JOB}; null (the default) for a
     * target loaded only as a step of a multi-file job.
     */
    default String inboxFilePrefix() {
        return null;
    }

    /** Rows per chunk transaction: fewer for targets whose rows each do more work. */
    default int chunkSize() {
        return 500;
    }

    Set<String> requiredColumns();

    /** Validates and converts one row; a bad row is refused with the column and a Chinese reason. */
    List<Object> toParameters(SourceRow row) throws RowRejectedException;

    /** INSERT ... ON DUPLICATE KEY UPDATE, so that loading the same file twice changes nothing. */
    String upsertSql();

    /**
     * The column holding the natural key, if a key may appear only once per file: a second row with the
     * same key is then rejected naming the line of the first. Null (the default) lets later rows win.
     */
    default String uniqueKeyColumn() {
        return null;
    }

    /** The natural key of a validated row (at most 128 characters); used only with {@link #uniqueKeyColumn()}. */
    default String uniqueKey(List<Object> parameters) {
        return null;
    }

    /** The original text of a rejected row as the reject report may keep it (e.g. with ID numbers masked). */
    default String redact(String originalText) {
        return originalText;
    }
}
