package cn.scast.tianfu.platform;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A filtered list as an .xlsx file, for screens and API alike. Rows come from the service in keyset batches
 * and go through POI's SXSSF, which keeps only a window of rows in memory; the finished file goes to a
 * temporary file first, so every service call happens while the caller's request (and security context)
 * is still running. Above {@link #MAX_ROWS} nothing is written.
 */
public final class XlsxExport {

    public static final long MAX_ROWS = 100_000;
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The next batch of rows behind the row with id {@code after} (null: from the start). */
    public interface Batches<T> {
        Page<T> after(Long after);
    }

    /** The export refused because the filter matches more than {@link #MAX_ROWS} rows. */
    public static final class TooManyRows extends Exception {
        public TooManyRows() {
            super("导出结果超过 " + String.format(Locale.ROOT, "%,d", MAX_ROWS) + " 行的上限，请先缩小筛选范围（如按名称或市州）再导出");
        }
    }

    private XlsxExport() {
    }

    /**
     * Writes the file and returns it; the caller sends it with {@link #send}.
     *
     * @param matching the number of matching rows, counted up to {@code MAX_ROWS + 1}
     */
    public static <T> Path write(String sheetName, List<String> headers, long matching, Batches<T> batches,
                                 Function<T, List<Object>> cells) throws TooManyRows, IOException {
        if (matching > MAX_ROWS) {
            throw new TooManyRows();
        }
        Path file = Files.createTempFile("export-", ".xlsx");
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try (OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet(sheetName);
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            int rowNumber = 1;
            Long after = null;
            do {
                Page<T> batch = batches.after(after);
                for (T item : batch.items()) {
                    Row row = sheet.createRow(rowNumber++);
                    List<Object> values = cells.apply(item);
                    for (int i = 0; i < values.size(); i++) {
                        cell(row, i, values.get(i));
                    }
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

    /** Numbers as numbers; text with a leading formula character is neutralised so it cannot run in Excel. */
    private static void cell(Row row, int column, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Number number) {
            row.createCell(column).setCellValue(number.doubleValue());
            return;
        }
        row.createCell(column).setCellValue(SpreadsheetText.neutralise(value.toString()));
    }

    /** Writes a workbook: {@link #write} with its arguments bound. */
    public interface Workbook {
        Path write() throws TooManyRows, IOException;
    }

    /** The workbook as the answer of an API request, or 422 when the filter matches more than {@link #MAX_ROWS} rows. */
    public static jakarta.ws.rs.core.Response response(Workbook workbook, String fileName) throws IOException {
        Path file;
        try {
            file = workbook.write();
        } catch (TooManyRows e) {
            return Problems.of(422, "Unprocessable Content", e.getMessage(), null);
        }
        jakarta.ws.rs.core.StreamingOutput body = out -> send(file, out);
        return jakarta.ws.rs.core.Response.ok(body, MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
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

    /** Sends the file as the response of a JSF action (non-AJAX) and ends the request. */
    public static void download(Path file, String fileName) throws IOException {
        jakarta.faces.context.FacesContext context = jakarta.faces.context.FacesContext.getCurrentInstance();
        jakarta.faces.context.ExternalContext external = context.getExternalContext();
        external.responseReset();
        external.setResponseContentType(MEDIA_TYPE);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        send(file, external.getResponseOutputStream());
        context.responseComplete();
    }
}
