package cn.scast.tianfu.it.imports;

import cn.scast.tianfu.imports.ImportKind;
import cn.scast.tianfu.imports.ImportDirectories;
import cn.scast.tianfu.imports.ImportInbox;
import cn.scast.tianfu.imports.JobControl;
import cn.scast.tianfu.it.support.JobAwait;
import cn.scast.tianfu.membership.identity.ResidentIdNumber;
import cn.scast.tianfu.membership.identity.UnifiedSocialCreditCode;
import jakarta.batch.runtime.JobExecution;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import javax.sql.DataSource;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Files, fictitious identifiers and database look-ups shared by the worker and organisation import tests. */
final class MembershipImportFixtures {

    private final JobControl jobs;
    private final ImportInbox inbox;
    private final DataSource dataSource;

    MembershipImportFixtures(JobControl jobs, ImportInbox inbox, DataSource dataSource) {
        this.jobs = jobs;
        this.inbox = inbox;
        this.dataSource = dataSource;
    }

    /** A valid ID number of a fictitious person born in Chengdu (check character computed, never copied). */
    static String idNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 50));
        String first17 = "510104" + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    /** The same number with a wrong check character. */
    static String withWrongCheck(String idNumber) {
        char check = idNumber.charAt(17);
        return idNumber.substring(0, 17) + (check == '0' ? '1' : '0');
    }

    /** A valid credit code of a fictitious company registered in Chengdu. */
    static String creditCode() {
        StringBuilder first17 = new StringBuilder("91510100");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 9; i++) {
            first17.append(random.nextInt(10));
        }
        return first17.toString() + UnifiedSocialCreditCode.checkCharacter(first17.toString());
    }

    static Path csv(String name, Charset charset, String... lines) throws Exception {
        Path dir = Files.createTempDirectory("membership-import-it");
        Path file = dir.resolve(name);
        Files.write(file, (String.join("\n", lines) + "\n").getBytes(charset));
        return file;
    }

    /** An XLSX file with one sheet: every line split at commas (test data has no commas inside cells). */
    static Path xlsx(String name, String... lines) throws Exception {
        Path dir = Files.createTempDirectory("membership-import-it");
        Path file = dir.resolve(name);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("导入");
            for (int r = 0; r < lines.length; r++) {
                var row = sheet.createRow(r);
                String[] cells = lines[r].split(",", -1);
                for (int c = 0; c < cells.length; c++) {
                    if (!cells[c].isEmpty()) {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }

    /** Through the imports screen's path: the registered kind picks the job; waits for the end. */
    JobExecution upload(String kind, Path file, String encoding) throws Exception {
        Path uploaded = ImportDirectories.uploads().resolve(file.getFileName() + "-" + System.nanoTime());
        Files.copy(file, uploaded);
        ImportInbox.Received received = inbox.upload(kind, file.getFileName().toString(), uploaded, encoding, "admin");
        JobExecution end = JobAwait.end(jobs, received.executionId());
        inbox.reconcile();
        return end;
    }

    /** Straight through the batch runtime, e.g. the same file a second time (the inbox would refuse it). */
    JobExecution run(String target, Path file, String encoding) throws Exception {
        return JobAwait.end(jobs, jobs.start(ImportKind.JOB, ImportKind.jobParameters(target, file.toString(), encoding)));
    }

    long instanceOf(JobExecution execution) {
        return jobs.instanceId(execution.getExecutionId());
    }

    /** "line:column" of every reject of the instance, by line. */
    List<String> rejects(long instanceId) throws SQLException {
        List<String> rows = new ArrayList<>();
        for (List<String> row : query("SELECT line_number, column_name FROM import_reject WHERE job_instance_id = ? "
                + "ORDER BY line_number", instanceId)) {
            rows.add(row.get(0) + ":" + row.get(1));
        }
        return rows;
    }

    String reason(long instanceId, long line) throws SQLException {
        return single("SELECT reason FROM import_reject WHERE job_instance_id = ? AND line_number = ?", instanceId, line);
    }

    List<List<String>> query(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            List<List<String>> rows = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> row = new ArrayList<>(columns);
                    for (int c = 1; c <= columns; c++) {
                        row.add(rs.getString(c));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    String single(String sql, Object... parameters) throws SQLException {
        List<List<String>> rows = query(sql, parameters);
        return rows.isEmpty() ? null : rows.get(0).get(0);
    }

    long count(String sql, Object... parameters) throws SQLException {
        return Long.parseLong(single(sql, parameters));
    }
}
