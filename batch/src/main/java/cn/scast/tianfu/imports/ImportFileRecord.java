package cn.scast.tianfu.imports;

import java.time.Instant;

/** One row of import_file: a received file, where it lies now and its latest job execution. */
public record ImportFileRecord(long id, String kind, String fileName, String sha256, long sizeBytes, String source,
                               Instant receivedAt, String receivedBy, String declaredEncoding, Long estimatedRows,
                               String currentPath, String jobName, Long jobInstanceId, Long jobExecutionId,
                               String outcome, String message, Instant finishedAt) {

    public static final String RUNNING = "RUNNING";
    public static final String INBOX = "INBOX";
    public static final String UPLOAD = "UPLOAD";
}
