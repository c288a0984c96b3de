package cn.scast.tianfu.evaluation;

/** What a list of attachments shows of one file without reading its bytes: type, size and the stored SHA-256. */
public record AttachmentFacts(String contentType, int sizeBytes, String sha256) {

    /** From a row of {@code SELECT x.contentType, x.sizeBytes, x.sha256}. */
    public static AttachmentFacts of(Object[] row) {
        return new AttachmentFacts((String) row[0], ((Number) row[1]).intValue(), (String) row[2]);
    }
}
