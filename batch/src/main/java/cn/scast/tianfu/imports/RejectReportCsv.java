package cn.scast.tianfu.imports;

import cn.scast.tianfu.platform.SpreadsheetText;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The reject report as a CSV that Excel opens correctly: UTF-8 with a byte-order mark, CRLF line ends,
 * columns 文件,行号,列,原因,原始内容. Every text cell goes through {@link SpreadsheetText#neutralise}
 * (formula starts = + - @, TAB, CR get a leading apostrophe), so the report cannot inject what the import
 * refused.
 */
public final class RejectReportCsv {

    public static final String HEADER = "文件,行号,列,原因,原始内容";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private RejectReportCsv() {
    }

    public static byte[] toBytes(List<ImportRejectView> rejects) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (ImportRejectView reject : rejects) {
            csv.append(cell(reject.fileName())).append(',')
                    .append(reject.lineNumber()).append(',')
                    .append(cell(reject.column())).append(',')
                    .append(cell(reject.reason())).append(',')
                    .append(cell(reject.originalText())).append("\r\n");
        }
        byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, bytes, 0, BOM.length);
        System.arraycopy(text, 0, bytes, BOM.length, text.length);
        return bytes;
    }

    /** One cell: neutralised if formula-like, quoted if it holds a comma, quote or line break. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = SpreadsheetText.neutralise(value);
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
