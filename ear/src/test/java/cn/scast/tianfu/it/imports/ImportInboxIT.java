package cn.scast.tianfu.it.imports;

import cn.scast.tianfu.imports.ImportDirectories;
import cn.scast.tianfu.imports.ImportInbox;
import cn.scast.tianfu.it.support.Await;
import cn.scast.tianfu.it.support.Deployments;
import cn.scast.tianfu.it.support.PlatformTest;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Files dropped into the inbox: complete ones are imported and archived, bad ones fail with a Chinese
 * reason and land in failed/, content seen before is never imported again, files still being written wait.
 */
@PlatformTest
class ImportInboxIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(ImportInboxIT.class);
    }

    @EJB(lookup = "java:global/tianfu/tianfu-batch/ImportInbox")
    private ImportInbox inbox;

    @Resource(lookup = "jdbc/tianfu")
    private DataSource dataSource;

    /** One row of import_file as the test needs it. */
    record FileRow(long id, String outcome, String message, String currentPath, Long executionId, Long instanceId) {
    }

    @Test
    void completeFileIsImportedThenArchivedWithItsRejects() throws Exception {
        long base = uniqueBase();
        String name = "scratch_inbox-" + UUID.randomUUID() + ".csv";
        drop(name, csv("id,code,title,city_code,amount",
                (base + 1) + ",A-1,成都高校成果转化,510100,12.5",
                (base + 2) + ",A-2,攀枝花钒钛新材料,510400,",
                (base + 3) + ",A-3,坏行：市州代码错误,990000,1",
                (base + 4) + ",A-4,绵阳电子信息,510700,-3"));

        inbox.scanNow();
        FileRow row = awaitEnd(name);

        assertEquals("COMPLETED", row.outcome(), row.toString());
        Path archived = Path.of(row.currentPath());
        assertEquals(ImportDirectories.archive(), archived.getParent().getParent(), row.toString());
        assertTrue(Files.exists(archived), archived + " exists");
        assertEquals(name, archived.getFileName().toString(), "keeps its name");
        assertTrue(archived.getParent().getFileName().toString().matches("\\d{8}-\\d{6}-\\d{3}(-\\d+)?"),
                "time-stamped folder: " + archived);
        assertFalse(Files.exists(ImportDirectories.root().resolve(name)), "no longer in the inbox");
        assertEquals(3, count("SELECT COUNT(*) FROM import_scratch WHERE id BETWEEN " + (base + 1) + " AND " + (base + 4)));
        assertEquals(List.of("4:city_code"), rejectsOf(row.instanceId()));
    }

    @Test
    void sameContentUnderAnotherNameIsNotImportedAgain() throws Exception {
        long base = uniqueBase();
        String content = csv("id,code,title,city_code", (base + 1) + ",D-1,重复文件测试,510100");
        String first = "scratch_first-" + UUID.randomUUID() + ".csv";
        drop(first, content);
        inbox.scanNow();
        FileRow imported = awaitEnd(first);
        assertEquals("COMPLETED", imported.outcome());

        String again = "scratch_again-" + UUID.randomUUID() + ".csv";
        drop(again, content);
        inbox.scanNow();

        Path duplicate = awaitFileIn(ImportDirectories.duplicate(), again);
        assertEquals(0, count("SELECT COUNT(*) FROM import_file WHERE file_name = '" + again + "'"), "no new import recorded");
        assertFalse(Files.exists(ImportDirectories.root().resolve(again)), "taken out of the inbox");
        assertEquals(1, count("SELECT writes FROM import_scratch WHERE id = " + (base + 1)), "row written once");
    }

    @Test
    void emptyFileFailsWithChineseReasonAndGoesToFailed() throws Exception {
        String name = "scratch_empty-" + UUID.randomUUID() + ".csv";
        drop(name, new byte[0]);
        assertFailed(name, "文件为空");
    }

    @Test
    void pictureFileFailsAsUnknownFormat() throws Exception {
        byte[] png = new byte[600];
        ThreadLocalRandom.current().nextBytes(png);
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        System.arraycopy(signature, 0, png, 0, signature.length);
        String name = "scratch_picture-" + UUID.randomUUID() + ".csv";
        drop(name, png);
        assertFailed(name, "无法识别的文件格式");
    }

    @Test
    void fileWithoutRequiredColumnsFailsNamingThem() throws Exception {
        String name = "scratch_columns-" + UUID.randomUUID() + ".csv";
        drop(name, csv("id,code,名称", uniqueBase() + ",C-1,缺列"));
        FileRow row = assertFailed(name, "缺少必需的列");
        assertTrue(row.message().contains("title") && row.message().contains("city_code"), row.message());
    }

    @Test
    void fileStillBeingWrittenWaitsUntilItsDoneMarker() throws Exception {
        long base = uniqueBase();
        String name = "scratch_marker-" + UUID.randomUUID() + ".csv";
        Path file = ImportDirectories.root().resolve(name);
        Files.writeString(file, csv("id,code,title,city_code", (base + 1) + ",M-1,标记文件,510100"));
        // still being written: modified just now (set ahead so that no scan within this test finds it quiet)
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plus(1, ChronoUnit.HOURS)));

        ImportInbox.ScanReport waiting = inbox.scanNow();

        assertTrue(waiting.waiting().contains(name), waiting.toString());
        assertTrue(Files.exists(file), "left in the inbox");
        assertEquals(0, count("SELECT COUNT(*) FROM import_file WHERE file_name = '" + name + "'"));

        Files.createFile(ImportDirectories.root().resolve(name + ".done"));
        inbox.scanNow();
        FileRow row = awaitEnd(name);

        assertEquals("COMPLETED", row.outcome(), row.toString());
        assertFalse(Files.exists(ImportDirectories.root().resolve(name + ".done")), "marker removed");
        assertEquals(1, count("SELECT COUNT(*) FROM import_scratch WHERE id = " + (base + 1)));
    }

    private FileRow assertFailed(String name, String reason) throws Exception {
        inbox.scanNow();
        FileRow row = awaitEnd(name);
        assertEquals("FAILED", row.outcome(), row.toString());
        assertNotNull(row.message(), row.toString());
        assertTrue(row.message().contains(reason), row.message());
        assertTrue(row.message().contains(name), "names the file: " + row.message());
        Path failed = Path.of(row.currentPath());
        assertEquals(ImportDirectories.failed(), failed.getParent().getParent(), row.toString());
        assertTrue(Files.exists(failed));
        assertFalse(Files.exists(ImportDirectories.root().resolve(name)));
        return row;
    }

    /** Writes the file elsewhere, dates it a minute back (complete) and moves it into the inbox in one step. */
    private static void drop(String name, String content) throws Exception {
        drop(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static void drop(String name, byte[] content) throws Exception {
        Path temp = ImportDirectories.uploads().resolve(name + ".tmp");
        Files.write(temp, content);
        Files.setLastModifiedTime(temp, FileTime.from(Instant.now().minus(1, ChronoUnit.MINUTES)));
        Files.move(temp, ImportDirectories.root().resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private FileRow awaitEnd(String name) throws Exception {
        int[] polls = {0};
        return Await.value(name + " imported", Duration.ofSeconds(60), () -> {
            inbox.reconcile();
            FileRow row = fileRow(name);
            if (row == null && ++polls[0] % 10 == 0) {
                inbox.scanNow(); // the timer's scan may not have seen it yet
            }
            return row;
        }, row -> row != null && !"RUNNING".equals(row.outcome()) && !"RECEIVED".equals(row.outcome()));
    }

    private static Path awaitFileIn(Path directory, String name) throws Exception {
        return Await.value(name + " arrived in " + directory, Duration.ofSeconds(10), () -> {
            try (Stream<Path> files = Files.walk(directory, 2)) {
                return files.filter(p -> p.getFileName().toString().equals(name)).findFirst().orElse(null);
            }
        }, java.util.Objects::nonNull);
    }

    private FileRow fileRow(String name) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT id, outcome, message, current_path, job_execution_id, "
                     + "job_instance_id FROM import_file WHERE file_name = ?")) {
            select.setString(1, name);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new FileRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        (Long) rs.getObject(5, Long.class), (Long) rs.getObject(6, Long.class));
            }
        }
    }

    private List<String> rejectsOf(long instanceId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT line_number, column_name FROM import_reject "
                     + "WHERE job_instance_id = ? ORDER BY line_number")) {
            select.setLong(1, instanceId);
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getLong(1) + ":" + rs.getString(2));
                }
            }
            return rows;
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static long uniqueBase() {
        return 1_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000) * 1000;
    }

    private static String csv(String... lines) {
        return String.join("\n", lines) + "\n";
    }
}
