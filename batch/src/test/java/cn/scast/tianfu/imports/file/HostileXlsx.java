package cn.scast.tianfu.imports.file;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * XLSX files that a careful reader must refuse: a real workbook written by POI whose sheet part is replaced,
 * either by a sheet padded with megabytes of blanks (a compression ratio that POI's zip-bomb guard stops) or
 * by a sheet that declares an external entity.
 */
public final class HostileXlsx {

    static final String SHEET = "xl/worksheets/sheet1.xml";

    private HostileXlsx() {
    }

    /** Header and rows (cells split at commas) with {@code paddingBytes} of blanks after the header row. */
    public static Path zipBomb(Path file, long paddingBytes, String... lines) throws IOException {
        return withSheet(file, out -> {
            out.write(sheetStart(null).getBytes(StandardCharsets.UTF_8));
            out.write(row(1, lines[0]).getBytes(StandardCharsets.UTF_8));
            byte[] blanks = new byte[64 * 1024];
            java.util.Arrays.fill(blanks, (byte) ' ');
            for (long written = 0; written < paddingBytes; written += blanks.length) {
                out.write(blanks);
            }
            for (int i = 1; i < lines.length; i++) {
                out.write(row(i + 1, lines[i]).getBytes(StandardCharsets.UTF_8));
            }
            out.write(SHEET_END.getBytes(StandardCharsets.UTF_8));
        });
    }

    /** A sheet with a DOCTYPE declaring an external entity that the first data cell uses. */
    public static Path externalEntity(Path file, String... lines) throws IOException {
        return withSheet(file, out -> {
            out.write(sheetStart("<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>")
                    .getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < lines.length; i++) {
                String xml = row(i + 1, lines[i]);
                if (i == 1) {
                    xml = xml.replaceFirst("<t>", "<t>&xxe;");
                }
                out.write(xml.getBytes(StandardCharsets.UTF_8));
            }
            out.write(SHEET_END.getBytes(StandardCharsets.UTF_8));
        });
    }

    private static final String SHEET_END = "</sheetData></worksheet>";

    private static String sheetStart(String doctype) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + (doctype == null ? "" : doctype)
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    }

    private static String row(int number, String line) {
        StringBuilder xml = new StringBuilder("<row r=\"").append(number).append("\">");
        String[] cells = line.split(",", -1);
        for (int c = 0; c < cells.length; c++) {
            if (!cells[c].isEmpty()) {
                xml.append("<c r=\"").append((char) ('A' + c)).append(number).append("\" t=\"inlineStr\"><is><t>")
                        .append(cells[c].replace("&", "&amp;").replace("<", "&lt;")).append("</t></is></c>");
            }
        }
        return xml.append("</row>").toString();
    }

    interface SheetWriter {
        void write(OutputStream out) throws IOException;
    }

    /** A POI workbook with one sheet, its sheet part replaced by what {@code sheet} writes. */
    private static Path withSheet(Path file, SheetWriter sheet) throws IOException {
        Path base = Files.createTempFile("hostile-base", ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(base)) {
            workbook.createSheet("导入");
            workbook.write(out);
        }
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(base));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            boolean replaced = false;
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(SHEET)) {
                    sheet.write(out);
                    replaced = true;
                } else {
                    copy(in, out);
                }
                out.closeEntry();
            }
            if (!replaced) {
                throw new IllegalStateException("POI wrote no " + SHEET);
            }
        } finally {
            Files.deleteIfExists(base);
        }
        return file;
    }

    private static void copy(InputStream in, OutputStream out) throws IOException {
        in.transferTo(out);
    }
}
