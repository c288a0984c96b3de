package cn.scast.tianfu.imports.file;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class XlsxRowSourceTest {

    @TempDir
    Path dir;

    /** Writes a workbook; {@code sharedStrings} chooses the shared string table over inline strings. */
    private Path workbook(String name, boolean sharedStrings, WorkbookFiller filler) throws Exception {
        Path file = dir.resolve(name);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 100, false, sharedStrings);
             OutputStream out = Files.newOutputStream(file)) {
            filler.fill(wb);
            wb.write(out);
            wb.dispose();
        }
        return file;
    }

    interface WorkbookFiller {
        void fill(SXSSFWorkbook wb) throws Exception;
    }

    private static void row(Sheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (v instanceof Boolean b) {
                cell.setCellValue(b);
            } else {
                cell.setCellValue(v.toString());
            }
        }
    }

    private static ReadResult read(Path file, Set<String> required, long resume) throws Exception {
        try (RowSource source = RowSources.open(file, Optional.empty(), required, resume)) {
            return ReadResult.readAll(source);
        }
    }

    private Path sample(boolean sharedStrings) throws Exception {
        return workbook(sharedStrings ? "shared.xlsx" : "inline.xlsx", sharedStrings, wb -> {
            CreationHelper helper = wb.getCreationHelper();
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(helper.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle dateTimeStyle = wb.createCellStyle();
            dateTimeStyle.setDataFormat(helper.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
            CellStyle moneyStyle = wb.createCellStyle();
            moneyStyle.setDataFormat(helper.createDataFormat().getFormat("#,##0.00"));

            Sheet sheet = wb.createSheet("会员单位");
            wb.createSheet("second").createRow(0).createCell(0).setCellValue("not read");
            row(sheet, 0, " 单位名称 ", "Code", "人数", "金额", "成立日期", "电话", "启用");
            // row 2: all kinds of values
            row(sheet, 1, "四川省科学技术协会", "510000", 1200, 12.5, null, 13800000000L, true);
            Cell date = sheet.getRow(1).createCell(4);
            date.setCellValue(LocalDate.of(2024, 3, 15));
            date.setCellStyle(dateStyle);
            sheet.getRow(1).getCell(3).setCellStyle(moneyStyle);
            // row 3: formula cell
            row(sheet, 2, "成都市科协", "510100", 10, 1.5, null, null, false);
            sheet.getRow(2).createCell(3).setCellFormula("C3*2");
            // row 4: sparse, with time of day, negative number
            row(sheet, 3, "绵阳市科协", null, -3, 0.1 + 0.2);
            Cell dateTime = sheet.getRow(3).createCell(4);
            dateTime.setCellValue(LocalDateTime.of(2023, 12, 31, 8, 30, 0));
            dateTime.setCellStyle(dateTimeStyle);
            // row 6 (row 5 missing): extra non-empty cell right of the header
            row(sheet, 5, "德阳市科协", "510600", 1, 2, null, null, null, "extra");
            // row 7: injection as text
            row(sheet, 6, "=HYPERLINK(\"http://x\")", "1");
            // row 9: fine
            row(sheet, 8, "自贡市科协", "510300", 7.0, 1e7);
        });
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void readsFirstSheetWithRenderedValues(boolean sharedStrings) throws Exception {
        ReadResult r = read(sample(sharedStrings), Set.of("单位名称", "code"), 0);
        assertEquals(List.of("单位名称", "Code", "人数", "金额", "成立日期", "电话", "启用"), r.header);
        assertEquals(List.of(2L, 4L, 9L), r.rowLines());

        SourceRow first = r.rows.get(0);
        assertEquals("四川省科学技术协会", first.values().get("单位名称"));
        assertEquals("510000", first.values().get("code"));
        assertEquals("1200", first.values().get("人数"), "integers without .0");
        assertEquals("12.5", first.values().get("金额"), "raw number, not the display format");
        assertEquals("2024-03-15", first.values().get("成立日期"));
        assertEquals("13800000000", first.values().get("电话"));
        assertEquals("TRUE", first.values().get("启用"));
        assertEquals("四川省科学技术协会,510000,1200,12.5,2024-03-15,13800000000,TRUE", first.originalText());

        SourceRow sparse = r.rows.get(1);
        assertEquals("", sparse.values().get("code"));
        assertEquals("-3", sparse.values().get("人数"));
        assertEquals("0.3", sparse.values().get("金额"), "15 significant digits like Excel");
        assertEquals("2023-12-31 08:30:00", sparse.values().get("成立日期"));
        assertEquals("", sparse.values().get("启用"));
        assertEquals(7, sparse.values().size());

        SourceRow last = r.rows.get(2);
        assertEquals("7", last.values().get("人数"));
        assertEquals("10000000", last.values().get("金额"));

        assertEquals(3, r.rejects.size());
        RowRejectedException formula = r.rejects.get(0);
        assertEquals(3L, formula.lineNumber());
        assertEquals("单元格包含公式", formula.reason());
        assertEquals("金额", formula.column());
        RowRejectedException extra = r.rejects.get(1);
        assertEquals(6L, extra.lineNumber());
        assertEquals("列数不符：应为 7 列，实际 8 列", extra.reason());
        assertEquals("德阳市科协,510600,1,2,,,,extra", extra.originalText());
        RowRejectedException injection = r.rejects.get(2);
        assertEquals(7L, injection.lineNumber());
        assertEquals("单元格内容疑似公式注入（以 = 开头）", injection.reason());
        assertEquals("单位名称", injection.column());
        assertEquals(List.of(2L, 3L, 4L, 6L, 7L, 9L), r.order);
    }

    @Test
    void resumeAfterLineSkipsRows() throws Exception {
        Path file = sample(true);
        ReadResult r = read(file, Set.of(), 4);
        assertEquals(List.of(9L), r.rowLines());
        assertEquals(List.of(6L, 7L, 9L), r.order);
        try (RowSource source = RowSources.open(file, Optional.empty(), Set.of(), 4)) {
            assertEquals(4L, source.position());
        }
        ReadResult fromThree = read(file, Set.of(), 2);
        assertEquals(List.of(3L, 4L, 6L, 7L, 9L), fromThree.order);
    }

    @Test
    void missingRequiredColumns() throws Exception {
        Path file = sample(false);
        FileRejectedException e = assertThrows(FileRejectedException.class,
                () -> RowSources.open(file, Optional.empty(), new LinkedHashSet<>(List.of("name", "code", "电话")), 0));
        assertEquals("缺少必需的列：name", e.getMessage());
    }

    @Test
    void emptySheetIsEmptyFile() throws Exception {
        Path file = workbook("empty.xlsx", true, wb -> wb.createSheet("空"));
        FileRejectedException e = assertThrows(FileRejectedException.class,
                () -> RowSources.open(file, Optional.empty(), Set.of(), 0));
        assertEquals("文件为空", e.getMessage());
    }

    @Test
    void headerOnlyHasNoRows() throws Exception {
        Path file = workbook("header.xlsx", true, wb -> row(wb.createSheet("s"), 0, "name", "code"));
        try (RowSource source = RowSources.open(file, Optional.empty(), Set.of("NAME"), 0)) {
            assertEquals(List.of("name", "code"), source.header());
            assertTrue(source.next().isEmpty());
        }
    }

    @Test
    void detectedByContentWhateverTheName() throws Exception {
        Path file = workbook("upload.csv", false, wb -> {
            Sheet s = wb.createSheet("s");
            row(s, 0, "name");
            row(s, 1, "广元市科协");
        });
        assertEquals(List.of("广元市科协"), read(file, Set.of(), 0).column("name"));
    }

    @Test
    void cellLengthLimitAppliesToXlsx() throws Exception {
        Path file = workbook("long.xlsx", true, wb -> {
            Sheet s = wb.createSheet("s");
            row(s, 0, "name", "remark");
            row(s, 1, "a", "z".repeat(21));
            row(s, 2, "b", "z".repeat(20));
        });
        try (RowSource source = RowSources.open(file, Optional.empty(), Set.of(), 0,
                ReadLimits.DEFAULTS.withMaxCellLength(20))) {
            RowRejectedException e = assertThrows(RowRejectedException.class, source::next);
            assertEquals("单元格超过最大长度 20 字符（实际 21）", e.reason());
            assertEquals("remark", e.column());
            assertEquals("b", source.next().orElseThrow().values().get("name"));
        }
    }

    @Test
    void formulaInHeaderRejectsFile() throws Exception {
        Path file = workbook("f.xlsx", true, wb -> {
            Sheet s = wb.createSheet("s");
            row(s, 0, "name");
            s.getRow(0).createCell(1).setCellFormula("1+1");
        });
        FileRejectedException e = assertThrows(FileRejectedException.class,
                () -> RowSources.open(file, Optional.empty(), Set.of(), 0));
        assertTrue(e.getMessage().contains("公式"), e.getMessage());
    }

    @Test
    void corruptXlsxIsRejected() throws Exception {
        Path good = sample(true);
        byte[] bytes = Files.readAllBytes(good);
        Path broken = dir.resolve("broken.xlsx");
        Files.write(broken, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThrows(FileRejectedException.class, () -> RowSources.open(broken, Optional.empty(), Set.of(), 0));
    }

    @Test
    void streamsManyRows() throws Exception {
        int n = 20_000;
        Path file = workbook("many.xlsx", false, wb -> {
            Sheet s = wb.createSheet("s");
            row(s, 0, "id", "name");
            for (int i = 1; i <= n; i++) {
                row(s, i, i, "单位" + i);
            }
        });
        try (RowSource source = RowSources.open(file, Optional.empty(), Set.of(), 0)) {
            long count = 0;
            Optional<SourceRow> row;
            SourceRow lastRow = null;
            while ((row = source.next()).isPresent()) {
                count++;
                lastRow = row.get();
            }
            assertEquals(n, count);
            assertEquals(String.valueOf(n), lastRow.values().get("id"));
            assertEquals(n + 1L, lastRow.lineNumber());
        }
    }

    @Test
    void zipBombSheetIsRefusedWithItsReason() throws Exception {
        Path file = HostileXlsx.zipBomb(dir.resolve("bomb.xlsx"), 40L * 1024 * 1024, "name,code", "a,1", "b,2");
        assertTrue(Files.size(file) < 1024 * 1024, "small on disk: " + Files.size(file));
        FileUnreadableException e;
        try (RowSource source = RowSources.open(file, Optional.empty(), Set.of(), 0)) {
            assertEquals(List.of("name", "code"), source.header());
            e = assertThrows(FileUnreadableException.class, () -> {
                while (source.next().isPresent()) {
                    // the guard trips while the padding is inflated
                }
            });
        }
        assertEquals(XlsxRefusal.ZIP_BOMB, e.getMessage());
    }

    @Test
    void externalEntityIsRefusedAndNeverResolved() throws Exception {
        Path file = HostileXlsx.externalEntity(dir.resolve("xxe.xlsx"), "name,code", "a,1");
        FileRejectedException e = assertThrows(FileRejectedException.class,
                () -> RowSources.open(file, Optional.empty(), Set.of(), 0));
        assertEquals(XlsxRefusal.DOCTYPE, e.getMessage());
    }
}
