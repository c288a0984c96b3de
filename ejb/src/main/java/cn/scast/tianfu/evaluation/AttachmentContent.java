package cn.scast.tianfu.evaluation;

import cn.scast.tianfu.evaluation.model.AttachmentKind;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Checks an uploaded attachment by its bytes, never by what the client claims: at most {@value #MAX_BYTES}
 * bytes; a PDF starts with {@code %PDF-}; plain text (项目简介 only) is UTF-8 without control characters.
 */
public final class AttachmentContent {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final String PDF = "application/pdf";
    public static final String TEXT = "text/plain;charset=UTF-8";
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private AttachmentContent() {
    }

    /** The content type the bytes are served under; refuses (field {@code file}) what the kind does not allow. */
    public static String sniff(AttachmentKind kind, byte[] content) {
        String label = label(kind);
        if (content == null || content.length == 0) {
            throw new AttachmentRefused(label + "文件为空");
        }
        if (content.length > MAX_BYTES) {
            throw new AttachmentRefused(label + "不能超过 10 MB（本文件 " + (content.length / 1024) + " KB）");
        }
        if (isPdf(content)) {
            return PDF;
        }
        if (kind.textAllowed() && isPlainText(content)) {
            return TEXT;
        }
        throw new AttachmentRefused(kind.textAllowed() ? label + "须为 PDF 或纯文本文件" : label + "须为 PDF 文件");
    }

    public static String label(AttachmentKind kind) {
        return switch (kind) {
            case PAPER -> "论文全文";
            case NOVELTY_REPORT -> "查新报告";
            case SUMMARY -> "项目简介";
        };
    }


    static boolean isPdf(byte[] content) {
        return content.length >= PDF_MAGIC.length
                && Arrays.equals(Arrays.copyOf(content, PDF_MAGIC.length), PDF_MAGIC);
    }

    static boolean isPlainText(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        return text.chars().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t'
                && c != '\f');
    }
}
