package cn.scast.tianfu.evaluation;


/** An attachment's bytes with the type and name it is served under, and the SHA-256 stored with them. */
public record AttachmentFile(String fileName, String contentType, byte[] content, String sha256) {
}
