package cn.scast.tianfu.imports.file;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvRowSourceTest {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private Path utf8(String text) throws IOException {
        return write("data.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private static ReadResult read(Path file) throws Exception {
        return read(file, Optional.empty(), Set.of(), 0);
    }

    private static ReadResult read(Path file, Optional<Charset> charset, Set<String> required, long resume)
            throws Exception {
        return read(file, charset, required, resume, ReadLimits.DEFAULTS);
    }

    private static ReadResult read(Path file, ReadLimits limits) throws Exception {
        return read(file, Optional.empty(), Set.of(), 0, limits);
    }

    private static ReadResult read(Path file, Optional<Charset> charset, Set<String> required, long resume,
                                   ReadLimits limits) throws Exception {
        try (RowSource source = RowSources.open(file, charset, required, resume, limits)) {
            return ReadResult.readAll(source);
        }
    }

    private static FileRejectedException rejected(Path file, Optional<Charset> charset, Set<String> required) {
        return assertThrows(FileRejectedException.class, () -> {
            try (RowSource ignored = RowSources.open(file, charset, required, 0)) {
                // must not open
            }
        });
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    // ------------------------------------------------------------------ encodings

    @Test
    void readsUtf8WithoutBom() throws Exception {
        ReadResult r = read(utf8("name,code\n四川省科协,510000\n成都市科协,510100\n"));
        assertEquals(List.of("name", "code"), r.header);
        assertEquals(List.of("四川省科协", "成都市科协"), r.column("name"));
        assertEquals(List.of("510000", "510100"), r.column("code"));
        assertEquals(List.of(2L, 3L), r.rowLines());
    }

    @Test
    void stripsUtf8BomFromFirstHeaderName() throws Exception {
        Path file = write("bom.csv", concat(BOM, "name,code\n绵阳市科协,510700\n".getBytes(StandardCharsets.UTF_8)));
        try (RowSource source = RowSources.open(file, Optional.empty(), Set.of("name"), 0)) {
            assertEquals("name", source.header().get(0));
            SourceRow row = source.next().orElseThrow();
            assertEquals("绵阳市科协", row.values().get("name"));
            assertEquals("绵阳市科协,510700", row.originalText());
        }
    }

    @Test
    void detectsGb18030() throws Exception {
        byte[] bytes = "单位名称,编码\n德阳市科学技术协会,510600\n".getBytes(GB18030);
        assertFalse(new String(bytes, StandardCharsets.UTF_8).contains("单位"), "not readable as UTF-8");
        ReadResult r = read(write("gbk.csv", bytes));
        assertEquals(List.of("单位名称", "编码"), r.header);
        assertEquals(List.of("德阳市科学技术协会"), r.column("单位名称"));
    }

    @Test
    void detectsGb18030WhenOnlyALateRowIsNotAscii() throws Exception {
        StringBuilder sb = new StringBuilder("name,code\n");
        for (int i = 0; i < 5000; i++) {
            sb.append("unit").append(i).append(',').append(i).append('\n');
        }
        sb.append("乐山市科协,511100\n");
        ReadResult r = read(write("late.csv", sb.toString().getBytes(GB18030)));
        assertEquals(5001, r.rows.size());
        assertEquals("乐山市科协", r.rows.get(5000).values().get("name"));
    }

    @Test
    void honoursDeclaredCharset() throws Exception {
        // "é" in UTF-8 is C3 A9; declared ISO-8859-1 must be used as is, not detected as UTF-8
        Path file = utf8("name\ncafé\n");
        ReadResult declared = read(file, Optional.of(StandardCharsets.ISO_8859_1), Set.of(), 0);
        assertEquals(List.of("cafÃ©"), declared.column("name"));
        ReadResult detected = read(file);
        assertEquals(List.of("café"), detected.column("name"));
    }

    @Test
    void declaredUtf8StillStripsBom() throws Exception {
        Path file = write("bom.csv", concat(BOM, "name\n攀枝花市科协\n".getBytes(StandardCharsets.UTF_8)));
        ReadResult r = read(file, Optional.of(StandardCharsets.UTF_8), Set.of("name"), 0);
        assertEquals(List.of("name"), r.header);
        assertEquals(List.of("攀枝花市科协"), r.column("name"));
    }

    @Test
    void utf16IsRejectedWithAHint() throws Exception {
        byte[] bytes = concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, "name\nx\n".getBytes(StandardCharsets.UTF_16LE));
        Path file = write("unicode.txt", bytes);
        assertTrue(rejected(file, Optional.empty(), Set.of()).getMessage().contains("UTF-16"));
        ReadResult declared = read(file, Optional.of(StandardCharsets.UTF_16), Set.of(), 0);
        assertEquals(List.of("x"), declared.column("name"), "a declared UTF-16 file is read");
    }

    @Test
    void declaredGbkReadsGbkFile() throws Exception {
        Path file = write("gbk.csv", "姓名,手机\n张三,13800000000\n".getBytes(Charset.forName("GBK")));
        ReadResult r = read(file, Optional.of(Charset.forName("GBK")), Set.of("姓名"), 0);
        assertEquals(List.of("张三"), r.column("姓名"));
    }

    @Test
    void rejectsFileThatDoesNotMatchDeclaredUtf8() throws Exception {
        Path file = write("gbk.csv", "姓名,手机\n张三,13800000000\n".getBytes(GB18030));
        FileRejectedException e = rejected(file, Optional.of(StandardCharsets.UTF_8), Set.of());
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
    }

    @Test
    void rejectsUndecodableBytes() throws Exception {
        // 0x80 and 0xFF are invalid in UTF-8 and in GB18030
        byte[] bytes = concat("name,code\nabc,".getBytes(StandardCharsets.US_ASCII),
                new byte[]{(byte) 0xFF, (byte) 0x80, (byte) 0xFF, '\n'});
        FileRejectedException e = rejected(write("bad.csv", bytes), Optional.empty(), Set.of());
        assertEquals("文件编码无法识别：既不是 UTF-8 也不是 GB18030", e.getMessage());
    }

    // ------------------------------------------------------------------ file level

    @Test
    void rejectsEmptyFiles() throws Exception {
        assertEquals("文件为空", rejected(write("a.csv", new byte[0]), Optional.empty(), Set.of()).getMessage());
        assertEquals("文件为空", rejected(write("b.csv", BOM), Optional.empty(), Set.of()).getMessage());
        assertEquals("文件为空", rejected(write("c.csv", " \r\n\t\n  \n".getBytes(StandardCharsets.US_ASCII)),
                Optional.empty(), Set.of()).getMessage());
    }

    @Test
    void headerOnlyFileHasNoRows() throws Exception {
        try (RowSource source = RowSources.open(utf8("name,code\n"), Optional.empty(), Set.of("name", "code"), 0)) {
            assertEquals(List.of("name", "code"), source.header());
            assertTrue(source.next().isEmpty());
            assertTrue(source.next().isEmpty(), "end stays end");
        }
    }

    @Test
    void rejectsPngBytes() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R',
                0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, (byte) 0xC4, (byte) 0x89};
        FileRejectedException e = rejected(write("photo.csv", png), Optional.empty(), Set.of());
        assertEquals("无法识别的文件格式（既不是 CSV 也不是 XLSX）", e.getMessage());
    }

    /** A picture header and bytes with no further NUL: too few NULs to count, its control characters decide. */
    @Test
    void rejectsPngHeaderFollowedByBytesWithoutNuls() throws Exception {
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        for (int seed = 0; seed < 20; seed++) {
            byte[] png = new byte[600];
            new java.util.Random(seed).nextBytes(png);
            for (int i = 0; i < png.length; i++) {
                if (png[i] == 0) {
                    png[i] = 1;
                }
            }
            System.arraycopy(signature, 0, png, 0, signature.length);
            FileRejectedException e = rejected(write("picture-" + seed + ".csv", png), Optional.empty(), Set.of());
            assertEquals("无法识别的文件格式（既不是 CSV 也不是 XLSX）", e.getMessage(), "seed " + seed);
        }
    }

    @Test
    void rejectsRandomBinaryEvenWithDeclaredCharset() throws Exception {
        byte[] bytes = new byte[4096];
        new java.util.Random(42).nextBytes(bytes);
        bytes[100] = 0;
        Path file = write("random.csv", bytes);
        assertThrows(FileRejectedException.class, () -> RowSources.open(file, Optional.empty(), Set.of(), 0));
        assertThrows(FileRejectedException.class,
                () -> RowSources.open(file, Optional.of(StandardCharsets.ISO_8859_1), Set.of(), 0));
    }

    @Test
    void rejectsZipThatIsNotAWorkbook() throws Exception {
        Path file = dir.resolve("archive.xlsx");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        assertEquals("无法识别的文件格式（既不是 CSV 也不是 XLSX）",
                rejected(file, Optional.empty(), Set.of()).getMessage());
    }

    @Test
    void rejectsLegacyXls() throws Exception {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertTrue(rejected(write("old.xls", ole2), Optional.empty(), Set.of()).getMessage().contains(".xls"));
    }

    @Test
    void formatIsDetectedByContentNotByExtension() throws Exception {
        ReadResult r = read(write("upload.xlsx", "name\n自贡市科协\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("自贡市科协"), r.column("name"));
    }

    @Test
    void reportsMissingRequiredColumnsInGivenOrder() throws Exception {
        Path file = utf8("Name , Phone\n张三,13800000000\n");
        Set<String> required = new LinkedHashSet<>(List.of("name", "code", "unit"));
        assertEquals("缺少必需的列：code, unit", rejected(file, Optional.empty(), required).getMessage());
    }

    @Test
    void requiredColumnsMatchTrimmedAndCaseInsensitive() throws Exception {
        ReadResult r = read(utf8("  Name ,CODE\t\n张三,1\n"), Optional.empty(), Set.of("name", " code "), 0);
        assertEquals(List.of("Name", "CODE"), r.header);
        SourceRow row = r.rows.get(0);
        assertEquals("张三", row.values().get("name"));
        assertEquals("张三", row.values().get("Name"));
        assertEquals("1", row.values().get("code"));
        assertNull(row.values().get("missing"));
        assertEquals(List.of("Name", "CODE"), List.copyOf(row.values().keySet()));
        assertEquals(Map.of("Name", "张三", "CODE", "1"), Map.copyOf(row.values()));
    }

    @Test
    void rejectsHeaderProblems() throws Exception {
        assertEquals("表头列名重复：NAME",
                rejected(utf8("name,NAME\n1,2\n"), Optional.empty(), Set.of()).getMessage());
        assertEquals("表头第 2 列的列名为空",
                rejected(utf8("name,,code\n1,2,3\n"), Optional.empty(), Set.of()).getMessage());
        assertTrue(rejected(utf8("name,=cmd|' /C calc'!A0\n1,2\n"), Optional.empty(), Set.of())
                .getMessage().contains("公式"));
        assertTrue(rejected(utf8("\"name,code\n1,2\n"), Optional.empty(), Set.of())
                .getMessage().startsWith("表头格式错误"));
    }

    @Test
    void rejectsTooManyColumns() throws Exception {
        Path file = utf8("a,b,c,d\n1,2,3,4\n");
        ReadLimits limits = ReadLimits.DEFAULTS.withMaxColumns(3);
        FileRejectedException e = assertThrows(FileRejectedException.class,
                () -> RowSources.open(file, Optional.empty(), Set.of(), 0, limits));
        assertEquals("列数超过上限 3 列（实际 4 列）", e.getMessage());
    }

    @Test
    void rowWithFarMoreCellsThanAllowedColumnsIsOnlyCounted() throws Exception {
        Path file = utf8("a,b,c\n" + "x,".repeat(499) + "x\n1,2,3\n");
        try (RowSource source = RowSources.open(file, Optional.empty(), Set.of(), 0,
                ReadLimits.DEFAULTS.withMaxColumns(3))) {
            RowRejectedException e = assertThrows(RowRejectedException.class, source::next);
            assertEquals("列数不符：应为 3 列，实际 500 列", e.reason());
            assertEquals("1", source.next().orElseThrow().values().get("a"));
        }
    }

    @Test
    void originalTextIsShortenedToTheLimit() throws Exception {
        Path file = utf8("name,remark\na," + "长".repeat(100) + "\n");
        try (RowSource source = RowSources.open(file, Optional.empty(), Set.of(), 0,
                ReadLimits.DEFAULTS.withMaxOriginalTextLength(10))) {
            SourceRow row = source.next().orElseThrow();
            assertEquals("长".repeat(100), row.values().get("remark"), "values are not shortened");
            assertEquals("a," + "长".repeat(8) + ReadLimits.TRUNCATION_MARK, row.originalText());
        }
    }

    @Test
    void defaultLimits() {
        assertEquals(65_535, ReadLimits.DEFAULTS.maxCellLength());
        assertEquals(5_000_000L, ReadLimits.DEFAULTS.maxRows());
        assertEquals(200, ReadLimits.DEFAULTS.maxColumns());
        assertThrows(IllegalArgumentException.class, () -> new ReadLimits(0, 1, 1, 1));
    }

    @Test
    void tooManyRowsStopsTheFile() throws Exception {
        Path file = utf8("name\na\nb\nc\n");
        try (RowSource source = RowSources.open(file, Optional.empty(), Set.of(), 0,
                ReadLimits.DEFAULTS.withMaxRows(2))) {
            assertTrue(source.next().isPresent());
            assertTrue(source.next().isPresent());
            TooManyRowsException e = assertThrows(TooManyRowsException.class, source::next);
            assertEquals("文件数据行数超过上限 2 行", e.getMessage());
        }
    }

    // ------------------------------------------------------------------ CSV syntax

    @Test
    void quotedNewlinesKeepPhysicalLineNumbers() throws Exception {
        String csv = "name,remark\n"
                + "a,\"line one\nline two\nline three\"\n"   // lines 2-4
                + "b,plain\n"                                 // line 5
                + "\"c\r\nc\",\"x\"\r\n"                       // lines 6-7, CRLF
                + "d,\"\"\"quoted\"\" text, with comma\"\n";  // line 8
        ReadResult r = read(utf8(csv));
        assertEquals(List.of(2L, 5L, 6L, 8L), r.rowLines());
        assertEquals("line one\nline two\nline three", r.rows.get(0).values().get("remark"));
        assertEquals("c\r\nc", r.rows.get(2).values().get("name"));
        assertEquals("\"quoted\" text, with comma", r.rows.get(3).values().get("remark"));
        assertEquals("a,\"line one\nline two\nline three\"", r.rows.get(0).originalText());
        assertEquals("d,\"\"\"quoted\"\" text, with comma\"", r.rows.get(3).originalText());
    }

    @Test
    void lineEndingsCrLfAndCrAreCountedOnce() throws Exception {
        ReadResult crlf = read(utf8("name\r\na\r\nb\r\n"));
        assertEquals(List.of(2L, 3L), crlf.rowLines());
        assertEquals(List.of("a", "b"), crlf.column("name"));
        ReadResult cr = read(utf8("name\ra\rb"));
        assertEquals(List.of(2L, 3L), cr.rowLines());
        assertEquals(List.of("a", "b"), cr.column("name"));
    }

    @Test
    void skipsEmptyLinesButCountsThem() throws Exception {
        ReadResult r = read(utf8("\nname,code\n\na,1\n   \n,\n\r\nb,2"));
        assertEquals(List.of("name", "code"), r.header);
        assertEquals(List.of(4L, 8L), r.rowLines());
        assertTrue(r.rejects.isEmpty());
    }

    @Test
    void trimsValuesAndToleratesBlanksAroundQuotes() throws Exception {
        ReadResult r = read(utf8("name,code\n  张三\u3000 ,  \"  007 \"  \n"));
        assertEquals("张三", r.rows.get(0).values().get("name"));
        assertEquals("007", r.rows.get(0).values().get("code"));
    }

    @Test
    void quoteInsideUnquotedFieldIsLiteral() throws Exception {
        ReadResult r = read(utf8("name,size\n显示器,27\"\n"));
        assertEquals(List.of("27\""), r.column("size"));
    }

    @Test
    void textAfterClosingQuoteRejectsRowAndNextRowIsRead() throws Exception {
        ReadResult r = read(utf8("name,code\n\"a\"b,1\nc,2\n"));
        assertEquals(1, r.rejects.size());
        RowRejectedException e = r.rejects.get(0);
        assertEquals(2L, e.lineNumber());
        assertEquals("name", e.column());
        assertTrue(e.reason().contains("引号"), e.reason());
        assertEquals("\"a\"b,1", e.originalText());
        assertEquals(List.of("c"), r.column("name"));
        assertEquals(List.of(3L), r.rowLines());
    }

    @Test
    void quoteUnclosedToEndOfFileRejectsOnlyItsRow() throws Exception {
        ReadResult r = read(utf8("name,code\na,1\n\"b,2\nc,3\n"));
        assertEquals(List.of("a", "c"), r.column("name"));
        assertEquals(List.of(2L, 4L), r.rowLines());
        assertEquals(1, r.rejects.size());
        assertEquals(3L, r.rejects.get(0).lineNumber());
        assertTrue(r.rejects.get(0).reason().startsWith("引号未闭合"), r.rejects.get(0).reason());
        assertTrue(r.rejects.get(0).reason().contains("从第 4 行继续读取"), r.rejects.get(0).reason());
        assertEquals("\"b,2", r.rejects.get(0).originalText(), "only the opening line is reported");
    }

    @Test
    void unbalancedQuoteOnLineThreeOfTenRejectsOnlyLineThree() throws Exception {
        // the stray quote on line 8 used to close the field opened on line 3 and swallow lines 4-8
        String csv = "name,code,remark\n"      // 1
                + "a,1,ok\n"                     // 2
                + "b,2,\"unbalanced\n"           // 3
                + "c,3,ok\n"                     // 4
                + "d,4,ok\n"                     // 5
                + "e,5,ok\n"                     // 6
                + "f,6,ok\n"                     // 7
                + "g,7,27\" monitor\n"           // 8
                + "h,8,ok\n"                     // 9
                + "i,9,ok\n";                    // 10
        Path file = utf8(csv);
        ReadResult r = read(file);
        assertEquals(List.of("a", "c", "d", "e", "f", "g", "h", "i"), r.column("name"));
        assertEquals(List.of(2L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), r.rowLines());
        assertEquals("27\" monitor", r.rows.get(5).values().get("remark"));
        assertEquals(1, r.rejects.size());
        RowRejectedException e = r.rejects.get(0);
        assertEquals(3L, e.lineNumber());
        assertEquals("remark", e.column());
        assertTrue(e.reason().contains("引号") && e.reason().contains("只拒绝第 3 行"), e.reason());
        assertEquals("b,2,\"unbalanced", e.originalText());
        assertEquals(List.of(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), r.positions);
        assertRestartsExactly(file, ReadLimits.DEFAULTS, r);
    }

    @Test
    void brokenRecordWithTheRightQuotesButWrongCellCountIsResynchronised() throws Exception {
        // the quote opened on line 3 is closed on line 5 by a quote followed by a comma: well-formed, 5 cells
        String csv = "name,code\na,1\nb,\"2\nc,3\nd,4\",x,y\ne,5\n";
        ReadResult r = read(utf8(csv));
        assertEquals(List.of(2L, 4L, 6L), r.rowLines());
        assertEquals(List.of(3L, 5L), r.rejects.stream().map(RowRejectedException::lineNumber).toList());
        assertTrue(r.rejects.get(0).reason().startsWith("列数不符"), r.rejects.get(0).reason());
    }

    @Test
    void quoteOpenedOnTheLastLineRejectsThatLineOnly() throws Exception {
        ReadResult noBreak = read(utf8("name,code\na,1\nb,\"2"));
        assertEquals(List.of("a"), noBreak.column("name"));
        assertEquals(List.of(3L), noBreak.rejects.stream().map(RowRejectedException::lineNumber).toList());
        assertTrue(noBreak.rejects.get(0).reason().startsWith("引号未闭合"));
        ReadResult withBreak = read(utf8("name,code\na,1\nb,\"2\n"));
        assertEquals(List.of("a"), withBreak.column("name"));
        assertEquals(List.of(3L), withBreak.rejects.stream().map(RowRejectedException::lineNumber).toList());
        assertEquals("b,\"2", withBreak.rejects.get(0).originalText());
    }

    @Test
    void quotedFieldMaySpanUpToTheLineBound() throws Exception {
        ReadLimits limits = ReadLimits.DEFAULTS.withMaxRecordLines(3);
        String csv = "name,remark\n"
                + "a,\"one\ntwo\nthree\"\n"          // lines 2-4: three lines, allowed
                + "b,\"one\ntwo\nthree\nfour\"\n"    // lines 5-8: four lines, too many
                + "c,ok\n";                              // line 9
        Path file = utf8(csv);
        ReadResult r = read(file, limits);
        assertEquals("one\ntwo\nthree", r.rows.get(0).values().get("remark"));
        // line 5 is rejected, lines 6 and 7 are read as rows of their own (wrong cell count), line 8 as well
        assertEquals(List.of(2L, 9L), r.rowLines());
        assertEquals(List.of(5L, 6L, 7L, 8L), r.rejects.stream().map(RowRejectedException::lineNumber).toList());
        assertTrue(r.rejects.get(0).reason().contains("超过 3 行"), r.rejects.get(0).reason());
        assertEquals("b,\"one", r.rejects.get(0).originalText());
        assertRestartsExactly(file, limits, r);
    }

    @Test
    void runawayQuoteAcrossBufferRefillsResumesAfterItsLine() throws Exception {
        // no line bound here: the character bound (cell length + slack) stops the field, beyond a 64 KB buffer
        ReadLimits limits = ReadLimits.DEFAULTS.withMaxRecordLines(1_000_000).withMaxCellLength(70_000);
        StringBuilder csv = new StringBuilder("id,name\r\n0,\"stray\r\n");
        int n = 5_000;
        for (int i = 1; i <= n; i++) {
            csv.append(i).append(",单位名称").append(i).append("\r\n");
        }
        Path file = utf8(csv.toString());
        ReadResult r = read(file, limits);
        assertEquals(n, r.rows.size());
        assertEquals(1, r.rejects.size());
        assertEquals(2L, r.rejects.get(0).lineNumber());
        assertTrue(r.rejects.get(0).reason().contains("个字符仍没有结束引号"), r.rejects.get(0).reason());
        for (int i = 0; i < n; i++) {
            assertEquals(String.valueOf(i + 1), r.rows.get(i).values().get("id"));
            assertEquals(i + 3L, r.rows.get(i).lineNumber());
            assertEquals((i + 1) + ",单位名称" + (i + 1), r.rows.get(i).originalText());
        }
        ReadResult fromMiddle = read(file, Optional.empty(), Set.of(), 2_500, limits);
        assertEquals(r.rows.subList(2_498, n).stream().map(SourceRow::originalText).toList(),
                fromMiddle.rows.stream().map(SourceRow::originalText).toList());
        ReadResult fromReject = read(file, Optional.empty(), Set.of(), 2, limits);
        assertEquals(n, fromReject.rows.size());
    }

    /** Every checkpoint position resumes with exactly the rows and rejects that followed it. */
    private void assertRestartsExactly(Path file, ReadLimits limits, ReadResult all) throws Exception {
        for (int i = 0; i < all.positions.size(); i++) {
            long checkpoint = all.positions.get(i);
            ReadResult resumed = read(file, Optional.empty(), Set.of(), checkpoint, limits);
            assertEquals(all.order.subList(i + 1, all.order.size()), resumed.order, "restart after " + checkpoint);
        }
    }

    @Test
    void nulByteRejectsItsRowAndTheRestIsRead() throws Exception {
        byte[] bytes = "name,code\na,1\nb\0x,2\nc,3\n".getBytes(StandardCharsets.UTF_8);
        ReadResult r = read(write("nul.csv", bytes));
        assertEquals(List.of("a", "c"), r.column("name"));
        assertEquals(1, r.rejects.size());
        RowRejectedException e = r.rejects.get(0);
        assertEquals(3L, e.lineNumber());
        assertEquals("name", e.column());
        assertEquals("第 1 列含有空字符 (NUL)", e.reason());
        assertEquals("b\u2400x,2", e.originalText(), "the NUL is shown as a visible symbol");
    }

    @Test
    void nulByteInTheHeaderRejectsTheFileAndManyNulsAreBinary() throws Exception {
        assertEquals("表头第 2 列含有空字符 (NUL)", rejected(write("h.csv",
                "name,co\0de\na,1\n".getBytes(StandardCharsets.UTF_8)), Optional.empty(), Set.of()).getMessage());
        byte[] utf16 = "name,code\na,1\n".getBytes(StandardCharsets.UTF_16LE);
        assertEquals("无法识别的文件格式（既不是 CSV 也不是 XLSX）",
                rejected(write("wide.csv", utf16), Optional.empty(), Set.of()).getMessage());
    }

    @Test
    void columnCountMismatchRejectsRowAndReadingContinues() throws Exception {
        ReadResult r = read(utf8("name,code,phone\na,1,138\nb,2\nc,3,139,extra\nd,4,137\n"));
        assertEquals(List.of("a", "d"), r.column("name"));
        assertEquals(List.of(2L, 5L), r.rowLines());
        assertEquals(2, r.rejects.size());
        assertEquals("列数不符：应为 3 列，实际 2 列", r.rejects.get(0).reason());
        assertEquals(3L, r.rejects.get(0).lineNumber());
        assertNull(r.rejects.get(0).column());
        assertEquals("b,2", r.rejects.get(0).originalText());
        assertEquals("列数不符：应为 3 列，实际 4 列", r.rejects.get(1).reason());
        assertEquals(List.of(2L, 3L, 4L, 5L), r.order);
        assertEquals(List.of(2L, 3L, 4L, 5L), r.positions, "position follows rows and rejects");
    }

    // ------------------------------------------------------------------ cell checks

    @Test
    void formulaInjectionRejectsRowsAndAcceptsLookAlikes() throws Exception {
        String csv = "name,value\n"
                + "r1,=cmd|' /C calc'!A0\n"
                + "r2,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\n"
                + "r3,+SUM(A1:A2)\n"
                + "r4,@SUM(1+1)\n"
                + "r5,-2+3\n"
                + "r6,\"\t=1+1\"\n"
                + "ok1,-12.5\n"
                + "ok2,+86 13800000000\n"
                + "ok3,-\n"
                + "ok4,user@example.com\n"
                + "ok5,a=b\n"
                + "ok6,-1,234.5\n";
        ReadResult r = read(utf8(csv.replace("ok6,-1,234.5", "ok6,\"-1,234.5\"")));
        assertEquals(List.of("ok1", "ok2", "ok3", "ok4", "ok5", "ok6"), r.column("name"));
        assertEquals(List.of("-12.5", "+86 13800000000", "-", "user@example.com", "a=b", "-1,234.5"),
                r.column("value"));
        assertEquals(6, r.rejects.size());
        assertEquals("单元格内容疑似公式注入（以 = 开头）", r.rejects.get(0).reason());
        assertEquals("value", r.rejects.get(0).column());
        assertEquals("r1,=cmd|' /C calc'!A0", r.rejects.get(0).originalText());
        assertEquals("单元格内容疑似公式注入（以 = 开头）", r.rejects.get(1).reason());
        assertEquals("单元格内容疑似公式注入（以 + 开头）", r.rejects.get(2).reason());
        assertEquals("单元格内容疑似公式注入（以 @ 开头）", r.rejects.get(3).reason());
        assertEquals("单元格内容疑似公式注入（以 - 开头）", r.rejects.get(4).reason());
        assertEquals("单元格内容疑似公式注入（以 = 开头）", r.rejects.get(5).reason());
        assertEquals(List.of(2L, 3L, 4L, 5L, 6L, 7L), r.rejects.stream().map(RowRejectedException::lineNumber).toList());
    }

    @Test
    void tenMegabyteCellIsRejectedAndNextRowIsRead() throws Exception {
        Path file = dir.resolve("huge.csv");
        int size = 10 * 1024 * 1024;
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("name,remark\nbefore,ok\nhuge,\"".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) 'x');
            chunk[100] = '\n'; // a line break inside the quoted cell
            out.write(chunk, 0, 64 * 1024);
            java.util.Arrays.fill(chunk, (byte) 'x');
            for (int written = 64 * 1024; written < size; written += chunk.length) {
                out.write(chunk);
            }
            out.write("\"\nafter,fine\n".getBytes(StandardCharsets.US_ASCII));
        }
        ReadResult r = read(file);
        assertEquals(List.of("before", "after"), r.column("name"));
        assertEquals(List.of(2L, 5L), r.rowLines(), "line break inside the huge cell is counted");
        // a quoted field running more than the cell limit past its first line is taken for an unbalanced
        // quote: line 3 is rejected, and line 4 (10 MB without a line break) is read as a row of its own
        assertEquals(List.of(3L, 4L), r.rejects.stream().map(RowRejectedException::lineNumber).toList());
        RowRejectedException e = r.rejects.get(0);
        assertEquals("remark", e.column());
        assertTrue(e.reason().startsWith("引号未闭合") && e.reason().contains("只拒绝第 3 行"), e.reason());
        assertTrue(e.originalText().startsWith("huge,\"xxx"));
        assertEquals(6 + 100, e.originalText().length(), "the opening line only");
        RowRejectedException rest = r.rejects.get(1);
        assertTrue(rest.originalText().length() <= ReadLimits.DEFAULT_MAX_ORIGINAL_TEXT_LENGTH
                + ReadLimits.TRUNCATION_MARK.length());
        assertTrue(rest.originalText().endsWith(ReadLimits.TRUNCATION_MARK));
    }

    @Test
    void tenMegabyteQuotedCellOnOneLineIsRejectedForItsLength() throws Exception {
        Path file = dir.resolve("huge-line.csv");
        int size = 10 * 1024 * 1024;
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("name,remark\nbefore,ok\nhuge,\"".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) 'x');
            for (int written = 0; written < size; written += chunk.length) {
                out.write(chunk);
            }
            out.write("\"\nafter,fine\n".getBytes(StandardCharsets.US_ASCII));
        }
        ReadResult r = read(file);
        assertEquals(List.of(2L, 4L), r.rowLines());
        assertEquals(1, r.rejects.size());
        assertEquals("单元格超过最大长度 65535 字符（实际 " + size + "）", r.rejects.get(0).reason());
    }

    @Test
    void cellLengthLimitIsExactAndConfigurable() throws Exception {
        Path file = utf8("name,remark\na, " + "y".repeat(10) + " \nb," + "y".repeat(11) + "\n");
        try (RowSource source = RowSources.open(file, Optional.empty(), Set.of(), 0,
                ReadLimits.DEFAULTS.withMaxCellLength(10))) {
            assertEquals("y".repeat(10), source.next().orElseThrow().values().get("remark"),
                    "blanks around do not count");
            RowRejectedException e = assertThrows(RowRejectedException.class, source::next);
            assertEquals("单元格超过最大长度 10 字符（实际 11）", e.reason());
            assertTrue(source.next().isEmpty());
        }
    }

    // ------------------------------------------------------------------ restart

    @Test
    void resumeAfterLineSkipsEarlierRows() throws Exception {
        String csv = "name,remark\na,1\nb,\"multi\nline\"\nc,3\nd,4\n";
        Path file = utf8(csv);
        ReadResult all = read(file);
        assertEquals(List.of(2L, 3L, 5L, 6L), all.rowLines());
        ReadResult fromB = read(file, Optional.empty(), Set.of(), 2);
        assertEquals(List.of("b", "c", "d"), fromB.column("name"));
        ReadResult afterB = read(file, Optional.empty(), Set.of(), 3);
        assertEquals(List.of("c", "d"), afterB.column("name"));
        assertEquals(List.of(5L, 6L), afterB.rowLines());
        ReadResult insideB = read(file, Optional.empty(), Set.of(), 4);
        assertEquals(List.of("c", "d"), insideB.column("name"), "a line inside a record does not start a row");
        ReadResult pastEnd = read(file, Optional.empty(), Set.of(), 100);
        assertTrue(pastEnd.rows.isEmpty());
    }

    @Test
    void checkpointPositionResumesExactly() throws Exception {
        Path file = utf8("name\na\nb\nc\nd\n");
        long checkpoint;
        try (RowSource source = RowSources.open(file, Optional.empty(), Set.of(), 0)) {
            assertEquals(0L, source.position());
            source.next();
            source.next();
            checkpoint = source.position();
        }
        assertEquals(3L, checkpoint);
        try (RowSource source = RowSources.open(file, Optional.empty(), Set.of(), checkpoint)) {
            assertEquals(checkpoint, source.position());
            assertEquals(List.of("c", "d"), ReadResult.readAll(source).column("name"));
        }
    }

    @Test
    void skippedRowsAreNotChecked() throws Exception {
        // a malformed or dangerous row before the checkpoint is not reported again
        ReadResult r = read(utf8("name\n=1+1\nok\n"), Optional.empty(), Set.of(), 2);
        assertTrue(r.rejects.isEmpty());
        assertEquals(List.of("ok"), r.column("name"));
    }

    @Test
    void readsManyRowsAcrossBufferBoundaries() throws Exception {
        StringBuilder sb = new StringBuilder("id,name,remark\n");
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            sb.append(i).append(",单位").append(i).append(',');
            if (i % 7 == 0) {
                sb.append("\"two\nlines\"");
            } else {
                sb.append("remark ").append(i);
            }
            sb.append('\n');
        }
        ReadResult r = read(utf8(sb.toString()));
        assertEquals(n, r.rows.size());
        long expectedLine = 2;
        for (int i = 0; i < n; i++) {
            SourceRow row = r.rows.get(i);
            assertEquals(expectedLine, row.lineNumber());
            assertEquals(String.valueOf(i), row.values().get("id"));
            assertEquals("单位" + i, row.values().get("name"));
            String remark = i % 7 == 0 ? "\"two\nlines\"" : "remark " + i;
            assertEquals(i + ",单位" + i + "," + remark, row.originalText(), "raw text across buffer refills");
            expectedLine += i % 7 == 0 ? 2 : 1;
        }
    }

    @Test
    void closedSourceRefusesToRead() throws Exception {
        RowSource source = RowSources.open(utf8("name\na\n"), Optional.empty(), Set.of(), 0);
        source.close();
        assertThrows(IOException.class, source::next);
        source.close(); // idempotent
    }
}
