package cn.scast.tianfu.membership;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The workers of a filter as an .xlsx file, for the screen and the API alike. Rows are read from the
 * service in keyset batches and written through POI's SXSSF, which keeps only a window of rows in
 * memory; the finished file goes to a temporary file first, so every service call happens while the
 * caller's request (and security context) is still running. Above {@link #MAX_ROWS} nothing is written.
 */
public final class WorkerWorkbook {

    public static final long MAX_ROWS = 100_000;
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final String[] HEADERS = {"编号", "姓名", "身份证号（脱敏）", "手机号码", "电子邮箱", "所在市州", "区县代码",
            "学科代码", "职称/职务", "所属单位"};

    private WorkerWorkbook() {
    }

    /** The export refused because the filter matches more than {@link #MAX_ROWS} workers. */
    public static final class TooManyRows extends Exception {
        public TooManyRows() {
            super("导出结果超过 " + String.format(java.util.Locale.ROOT, "%,d", MAX_ROWS) + " 行的上限，请先按姓名或市州缩小筛选范围再导出");
        }
    }

    /** Writes the file and returns it; the caller deletes it after sending. */
    public static Path write(WorkerService workers, String namePrefix, String cityCode, Long societyId)
            throws TooManyRows, IOException {
        if (workers.countUpTo(namePrefix, cityCode, societyId, MAX_ROWS) > MAX_ROWS) {
            throw new TooManyRows();
        }
        Map<String, String> cities = workers.cities();
        Path file = Files.createTempFile("workers-", ".xlsx");
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try (OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("科技工作者");
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                header.createCell(i).setCellValue(HEADERS[i]);
            }
            int rowNumber = 1;
            Long after = null;
            do {
                Page<WorkerView> batch = workers.exportBatch(namePrefix, cityCode, societyId, after);
                for (WorkerView w : batch.items()) {
                    Row row = sheet.createRow(rowNumber++);
                    row.createCell(0).setCellValue(w.id());
                    text(row, 1, w.name());
                    text(row, 2, w.idMasked());
                    text(row, 3, w.mobile());
                    text(row, 4, w.email());
                    text(row, 5, cities.getOrDefault(w.cityCode(), w.cityCode()));
                    text(row, 6, w.countyCode());
                    text(row, 7, w.disciplineCode());
                    text(row, 8, w.title());
                    text(row, 9, w.organisationName());
                }
                after = batch.next();
            } while (after != null && rowNumber <= MAX_ROWS);
            workbook.write(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        } finally {
            workbook.close();
        }
        return file;
    }

    /** Text cells; a leading formula character is neutralised so a name cannot run as a formula in Excel. */
    private static void text(Row row, int column, String value) {
        if (value == null) {
            return;
        }
        boolean formulaLike = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0;
        row.createCell(column).setCellValue(formulaLike ? "'" + value : value);
    }

    /** Copies the file to {@code out} and deletes it. */
    public static void send(Path file, OutputStream out) throws IOException {
        try {
            Files.copy(file, out);
            out.flush();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
