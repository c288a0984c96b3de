package cn.scast.tianfu.evaluation;


/** An attachment's bytes with the type and name it is served under. */
public record AttachmentFile(String fileName, String contentType, byte[] content) {
}
