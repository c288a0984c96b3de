package cn.scast.tianfu.evaluation;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A certificate read back with PDFBox: the Chinese text must come out as written, on one page. */
class CertificatePdfTest {

    static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }

    @Test
    void chineseTextIsExtractable() throws Exception {
        byte[] pdf = CertificatePdf.render(new CertificateText(42, "张若涵", "四川大学", "面向川渝地区的多源遥感影像智能解译方法",
                "川渝科技学术大会优秀论文", "川渝科技学术大会优秀论文 2024", "一等奖", "四川省科学技术协会",
                LocalDate.of(2026, 11, 28)));

        String text = text(pdf);
        assertTrue(text.startsWith("荣誉证书"), text);
        assertTrue(text.contains("张若涵（四川大学）"), text);
        assertTrue(text.contains("《面向川渝地区的多源遥感影像智能解译方法》"), text);
        assertTrue(text.contains("一等奖"), text);
        assertTrue(text.contains("四川省科学技术协会"), text);
        assertTrue(text.contains("2026年11月28日"), text);
        assertTrue(text.contains("TFKJY-2026-000042"), text);
    }
}
