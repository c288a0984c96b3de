package cn.scast.tianfu.evaluation;

import cn.scast.tianfu.evaluation.model.AttachmentKind;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AttachmentContentTest {

    private static final byte[] PDF = "%PDF-1.7\n正文\n%%EOF".getBytes(StandardCharsets.UTF_8);

    @Test
    void aPdfIsKnownByItsFirstBytes() {
        assertEquals(AttachmentContent.PDF, AttachmentContent.sniff(AttachmentKind.PAPER, PDF));
        assertEquals(AttachmentContent.PDF, AttachmentContent.sniff(AttachmentKind.SUMMARY, PDF));
    }

    @Test
    void onlyTheSummaryMayBePlainText() {
        byte[] text = "项目简介：川西林盘鸟类调查\r\n\t第二段".getBytes(StandardCharsets.UTF_8);

        assertEquals(AttachmentContent.TEXT, AttachmentContent.sniff(AttachmentKind.SUMMARY, text));
        assertRefused("论文全文须为 PDF 文件", AttachmentKind.PAPER, text);
        assertRefused("查新报告须为 PDF 文件", AttachmentKind.NOVELTY_REPORT, text);
    }

    @Test
    void disguisedBinariesEmptyAndOversizedFilesAreRefused() {
        byte[] zip = "PK\u0003\u0004word/document.xml".getBytes(StandardCharsets.ISO_8859_1);
        byte[] latin1 = "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);

        assertRefused("论文全文须为 PDF 文件", AttachmentKind.PAPER, zip);
        assertRefused("项目简介须为 PDF 或纯文本文件", AttachmentKind.SUMMARY, zip);
        assertRefused("项目简介须为 PDF 或纯文本文件", AttachmentKind.SUMMARY, latin1);
        assertRefused("论文全文文件为空", AttachmentKind.PAPER, new byte[0]);
        assertRefused("不能超过 10 MB", AttachmentKind.PAPER, Arrays.copyOf(PDF, AttachmentContent.MAX_BYTES + 1));
    }


    private static void assertRefused(String message, AttachmentKind kind, byte[] content) {
        AttachmentRefused refused = assertThrows(AttachmentRefused.class, () -> AttachmentContent.sniff(kind, content));
        assertTrue(refused.getMessage().contains(message), refused.getMessage());
    }
}
