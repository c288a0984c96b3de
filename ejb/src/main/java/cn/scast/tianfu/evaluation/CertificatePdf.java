package cn.scast.tianfu.evaluation;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;

/**
 * Renders a 荣誉证书 as a one-page A4 landscape PDF. Chinese uses STSong-Light with the UniGB-UCS2-H
 * encoding, a PDF standard CJK font: every conforming reader supplies it, so no font file has to exist on
 * the server or be embedded, and the text stays extractable (tests read it back).
 */
public final class CertificatePdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final Color RED = new Color(0xB2, 0x1E, 0x24);

    private CertificatePdf() {
    }

    public static byte[] render(CertificateText c) {
        BaseFont song = songFont();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 72, 72, 64, 64);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle("荣誉证书 · " + c.title());
            document.addAuthor(c.issuer());
            document.open();
            frame(writer.getDirectContent(), document);

            document.add(centred("荣 誉 证 书", new Font(song, 40, Font.BOLD, RED), 24));
            String who = c.organisation() == null || c.organisation().isBlank() ? c.entrantName()
                    : c.entrantName() + "（" + c.organisation() + "）";
            Paragraph body = new Paragraph(who + "：", new Font(song, 18));
            body.setSpacingBefore(18);
            document.add(body);
            Paragraph text = new Paragraph("您的《" + c.title() + "》在" + c.editionName() + "评审中荣获", new Font(song, 18));
            text.setFirstLineIndent(36);
            text.setSpacingBefore(12);
            document.add(text);
            document.add(centred(c.tier(), new Font(song, 32, Font.BOLD, RED), 18));
            document.add(centred("特发此证，以资鼓励。", new Font(song, 18), 18));
            Paragraph issuer = new Paragraph(c.issuer(), new Font(song, 16));
            issuer.setAlignment(Element.ALIGN_RIGHT);
            issuer.setSpacingBefore(36);
            document.add(issuer);
            Paragraph date = new Paragraph(DATE.format(c.issuedOn()), new Font(song, 16));
            date.setAlignment(Element.ALIGN_RIGHT);
            document.add(date);
            Paragraph number = new Paragraph("证书编号：TFKJY-" + c.issuedOn().getYear() + "-" + String.format("%06d", c.entryId()),
                    new Font(song, 10, Font.NORMAL, Color.GRAY));
            number.setSpacingBefore(12);
            document.add(number);
        } catch (DocumentException e) {
            throw new IllegalStateException("certificate not rendered", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static Paragraph centred(String text, Font font, float spacingBefore) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(spacingBefore);
        return p;
    }

    private static void frame(PdfContentByte canvas, Document document) {
        float inset = 28;
        canvas.saveState();
        canvas.setColorStroke(RED);
        canvas.setLineWidth(3f);
        canvas.rectangle(inset, inset, document.getPageSize().getWidth() - 2 * inset,
                document.getPageSize().getHeight() - 2 * inset);
        canvas.stroke();
        canvas.setLineWidth(0.8f);
        canvas.rectangle(inset + 8, inset + 8, document.getPageSize().getWidth() - 2 * inset - 16,
                document.getPageSize().getHeight() - 2 * inset - 16);
        canvas.stroke();
        canvas.restoreState();
    }

    private static BaseFont songFont() {
        try {
            return BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
        } catch (DocumentException | IOException e) {
            throw new UncheckedIOException(new IOException("CJK font STSong-Light not available", e));
        }
    }
}
