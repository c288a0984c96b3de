package cn.scast.tianfu.imports;

import java.time.Instant;

/**
 * One job execution of an imported file with its counts, for the status screen and the API.
 *
 * @param totalRows estimated data rows of the file (line count), or {@code null} if unknown (XLSX)
 * @param percent   progress 0–100 from rows read against {@code totalRows}, or -1 when unknown
 */
public record ImportExecutionView(long executionId, long instanceId, String jobName, String kind, String fileName,
                                  Instant startTime, Instant endTime, String batchStatus, String exitStatus,
                                  long read, long written, long skipped, Long totalRows, int percent,
                                  boolean restartable, boolean latest) {

    public boolean running() {
        return "STARTING".equals(batchStatus) || "STARTED".equals(batchStatus) || "STOPPING".equals(batchStatus);
    }

    public boolean progressKnown() {
        return percent >= 0;
    }
}
