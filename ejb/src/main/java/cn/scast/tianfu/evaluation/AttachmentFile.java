package cn.scast.tianfu.evaluation;

import cn.scast.tianfu.competition.NoveltyReport;

/** An attachment's bytes with the type and name it is served under. */
public record AttachmentFile(String fileName, String contentType, byte[] content) {

    static AttachmentFile of(NoveltyReport report) {
        return new AttachmentFile(report.getFileName(), report.getContentType(), report.getContent());
    }
}
