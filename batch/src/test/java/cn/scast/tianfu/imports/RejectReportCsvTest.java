package cn.scast.tianfu.imports;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RejectReportCsvTest {

    @Test
    void startsWithBomAndChineseHeaderAndNeutralisesFormulas() {
        byte[] bytes = RejectReportCsv.toBytes(List.of(
                new ImportRejectView("cities.csv", 3, "code", "字段「code」格式不正确", "5101,短码市,2"),
                new ImportRejectView("cities.csv", 5, "code", "单元格内容疑似公式注入（以 = 开头）", "=HYPERLINK(\"http://x\"),注入市,3"),
                new ImportRejectView("a.csv", 7, null, "列数不符", " @SUM(1)"),
                new ImportRejectView("a.csv", 8, "amount", "-2+3", "\tx")));

        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF),
                List.of(bytes[0], bytes[1], bytes[2]));
        String text = new String(Arrays.copyOfRange(bytes, 3, bytes.length), StandardCharsets.UTF_8);
        assertEquals("文件,行号,列,原因,原始内容\r\n"
                + "cities.csv,3,code,字段「code」格式不正确,\"5101,短码市,2\"\r\n"
                + "cities.csv,5,code,单元格内容疑似公式注入（以 = 开头）,\"'=HYPERLINK(\"\"http://x\"\"),注入市,3\"\r\n"
                + "a.csv,7,,列数不符,' @SUM(1)\r\n"
                + "a.csv,8,amount,'-2+3,'\tx\r\n", text);
    }

    @Test
    void neutralisesTheCellsOfTheIssue() {
        assertEquals("'=cmd|' /C calc'!A0", RejectReportCsv.cell("=cmd|' /C calc'!A0"));
        assertEquals("\"'=cmd|' /C calc'!A0,510100\"", RejectReportCsv.cell("=cmd|' /C calc'!A0,510100"));
        assertEquals("'\u3000+SUM(A1)", RejectReportCsv.cell("\u3000+SUM(A1)"));
        assertEquals("\"'\r=1\"", RejectReportCsv.cell("\r=1"));
        assertEquals("r1,x", RejectReportCsv.cell("r1,x").replace("\"", ""));
    }

    @Test
    void fingerprintCountsDataRowsOfTextFilesOnly(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("a.csv"), "h1,h2\n1,2\n3,4");
        Path csvWithEnd = Files.writeString(dir.resolve("b.csv"), "h1,h2\r\n1,2\r\n3,4\r\n");
        Path zip = Files.write(dir.resolve("c.xlsx"), new byte[]{'P', 'K', 3, 4, 0, 0});

        FileFingerprint a = FileFingerprint.of(csv);
        assertEquals(2L, a.estimatedRows());
        assertEquals(2L, FileFingerprint.of(csvWithEnd).estimatedRows());
        assertNull(FileFingerprint.of(zip).estimatedRows());
        assertEquals("6fd0f0a7b4fa8ac5cbb5b6f57bcf3c6b3e4e1d6d3fdbc4f2c8b7c0f0b1f3e7a1".length(), a.sha256().length());
        assertEquals(a.sha256(), FileFingerprint.of(Files.writeString(dir.resolve("d.csv"), "h1,h2\n1,2\n3,4")).sha256());
    }

    @Test
    void kindMatchesPrefixAndExtensionCaseInsensitively() {
        ImportKind kind = new ImportKind("scratch", "scratch_", 10_000);
        assertEquals(true, kind.matches("scratch_2026-11-24.csv"));
        assertEquals(true, kind.matches("SCRATCH_a.XLSX"));
        assertEquals(false, kind.matches("scratch_a.xls"));
        assertEquals(false, kind.matches("listings_a.csv"));
        assertEquals("安全名.csv", ImportDirectories.safeName("../../etc/安全名.csv"));
        assertEquals("x.csv", ImportDirectories.safeName("C:\\Users\\a\\x.csv"));
    }
}
