package cn.scast.tianfu.evaluation;

import cn.scast.tianfu.evaluation.model.AttachmentKind;

/**
 * One attachment as jurors see it: its kind, type, size and hash; neither the uploader nor the file name,
 * which could identify the entrant in a blind round.
 */
public record AttachmentView(AttachmentKind kind, String slug, String contentType, int sizeBytes, String sha256) {
}
