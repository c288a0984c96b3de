package cn.scast.tianfu.it.imports;

import cn.scast.tianfu.imports.ImportInbox;
import cn.scast.tianfu.imports.JobControl;
import cn.scast.tianfu.it.support.Deployments;
import cn.scast.tianfu.it.support.JobAwait;
import cn.scast.tianfu.it.support.PlatformTest;
import cn.scast.tianfu.membership.IdNumberHasher;
import cn.scast.tianfu.membership.identity.ResidentIdNumber;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input of the list that no other integration test sends through a real job: a wrong declared
 * encoding (the job fails with a reason, nothing is written), a quoted line break inside a cell and a 10 MB
 * cell in the same file (the huge row is rejected with its line, the rows around it land).
 */
@PlatformTest
class BadInputImportIT {

    private static final String HEADER = "name,id_number,mobile,email,city_code,county_code,discipline_code,title";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(BadInputImportIT.class, MembershipImportFixtures.class, JobAwait.class);
    }

    @EJB(lookup = "java:global/tianfu/tianfu-batch/JobControl")
    private JobControl jobs;

    @EJB(lookup = "java:global/tianfu/tianfu-batch/ImportInbox")
    private ImportInbox inbox;

    @Inject
    private IdNumberHasher hasher;

    @Resource(lookup = "jdbc/tianfu")
    private DataSource dataSource;

    private MembershipImportFixtures fixtures;

    @BeforeEach
    void setUp() throws Exception {
        fixtures = new MembershipImportFixtures(jobs, inbox, dataSource);
    }

    @Test
    void wrongDeclaredEncodingFailsTheJobWithAReasonAndWritesNothing() throws Exception {
        String id1 = MembershipImportFixtures.idNumber();
        String id2 = MembershipImportFixtures.idNumber();
        String name = "workers_" + UUID.randomUUID() + ".csv";
        Path file = MembershipImportFixtures.csv(name, Charset.forName("GB18030"), HEADER,
                "欧阳修," + id1 + ",,,510100,,,教授",
                "司马光," + id2 + ",,,510100,,,研究员");

        JobExecution execution = fixtures.upload("worker", file, "UTF-8");

        assertEquals(BatchStatus.FAILED, execution.getBatchStatus());
        assertTrue(execution.getExitStatus().contains("UTF-8") && execution.getExitStatus().contains(name),
                execution.getExitStatus());
        assertEquals(0, fixtures.count("SELECT COUNT(*) FROM mem_worker WHERE id_hash IN (?, ?)", hash(id1), hash(id2)));
        List<List<String>> record = fixtures.query("SELECT outcome, message FROM import_file WHERE file_name = ?", name);
        assertEquals("FAILED", record.get(0).get(0), record.toString());
        assertTrue(record.get(0).get(1).contains("UTF-8"), record.toString());
    }

    @Test
    void quotedLineBreakLandsAndATenMegabyteCellRejectsOnlyItsRow() throws Exception {
        String id1 = MembershipImportFixtures.idNumber();
        String id2 = MembershipImportFixtures.idNumber();
        String id3 = MembershipImportFixtures.idNumber();
        Path file = Files.createTempDirectory("bad-input-it").resolve("workers_" + UUID.randomUUID() + ".csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write((HEADER + "\n"
                    + "杜甫," + id1 + ",,,510100,,,\"高级\n工程师\"\n"
                    + "李白," + id2 + ",,,510100,,,\"").getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[1024 * 1024];
            Arrays.fill(chunk, (byte) 'x');
            for (int i = 0; i < 10; i++) {
                out.write(chunk);
            }
            out.write(("\"\n" + "王维," + id3 + ",,,510100,,,研究员\n").getBytes(StandardCharsets.UTF_8));
        }

        JobExecution execution = fixtures.upload("worker", file, null);

        assertEquals(BatchStatus.COMPLETED, execution.getBatchStatus(), execution.getExitStatus());
        long instance = fixtures.instanceOf(execution);
        assertEquals(List.of("4:title"), fixtures.rejects(instance), "physical lines: the quoted break counts");
        assertTrue(fixtures.reason(instance, 4).contains("单元格超过最大长度"), fixtures.reason(instance, 4));
        assertEquals("高级\n工程师", fixtures.single("SELECT title FROM mem_worker WHERE id_hash = ?", hash(id1)));
        assertEquals("研究员", fixtures.single("SELECT title FROM mem_worker WHERE id_hash = ?", hash(id3)));
        assertEquals(0, fixtures.count("SELECT COUNT(*) FROM mem_worker WHERE id_hash = ?", hash(id2)));
        assertTrue(fixtures.count("SELECT MAX(LENGTH(original_text)) FROM import_reject WHERE job_instance_id = ?",
                instance) < 100_000, "the report keeps a shortened original text, not 10 MB");
    }

    private String hash(String idNumber) {
        return hasher.hash(ResidentIdNumber.parse(idNumber));
    }
}
