package cn.scast.tianfu.competition;

import cn.scast.tianfu.platform.Sha256;
import cn.scast.tianfu.platform.RefusedInput;
import cn.scast.tianfu.evaluation.EvaluationAudit;
import cn.scast.tianfu.platform.AuditTrail;
import cn.scast.tianfu.platform.Callers;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * 查新报告 of youth contest projects: PDF only (checked by its first bytes, not by what the client
 * claims), at most {@value #MAX_BYTES} bytes, stored in the database with its SHA-256.
 */
@Stateless
public class NoveltyReports {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private AuditTrail audit;

    @EJB
    private EvaluationAudit refusals;

    @Resource
    private SessionContext session;

    public void upload(long registrationId, String fileName, byte[] content) {
        try {
            store(registrationId, fileName, content);
        } catch (RefusedInput refused) {
            refusals.rejected("CONTEST_REPORT_REFUSED", "cts_registration", String.valueOf(registrationId),
                    Map.of("fileName", String.valueOf(fileName), "bytes", content == null ? 0 : content.length),
                    refused.getMessage());
            throw refused;
        }
    }

    public Optional<NoveltyReport> find(long registrationId) {
        return Optional.ofNullable(em.find(NoveltyReport.class, registrationId));
    }

    private void store(long registrationId, String fileName, byte[] content) {
        Registration r = em.find(Registration.class, registrationId);
        if (r == null) {
            throw RefusedInput.rule(null, "报名记录 " + registrationId + " 不存在");
        }
        if (r.getSchoolLevel() == null) {
            throw RefusedInput.rule("file", "只有青少年科技创新大赛的作品需要上传查新报告");
        }
        requirePdf(content);
        String name = fileName == null || fileName.isBlank() ? "查新报告.pdf" : fileName.strip();
        if (name.length() > 255) {
            name = name.substring(name.length() - 255);
        }
        NoveltyReport report = em.find(NoveltyReport.class, registrationId);
        boolean replaced = report != null;
        if (report == null) {
            report = new NoveltyReport(registrationId);
            em.persist(report);
        }
        report.replace(name, "application/pdf", content, Sha256.hex(content), Callers.name(session), clock.instant());
        em.flush();
        audit.record("CONTEST_REPORT_UPLOAD", "cts_registration", registrationId, null,
                Map.of("fileName", name, "bytes", content.length, "replaced", replaced), "上传查新报告");
    }

    /** Refuses an empty, oversized or non-PDF file (field {@code file}); applications check it before storing too. */
    public static void requirePdf(byte[] content) {
        if (content == null || content.length == 0) {
            throw RefusedInput.rule("file", "查新报告文件为空");
        }
        if (content.length > MAX_BYTES) {
            throw RefusedInput.rule("file", "查新报告不能超过 10 MB（本文件 " + (content.length / 1024) + " KB）");
        }
        if (content.length < PDF_MAGIC.length
                || !Arrays.equals(Arrays.copyOf(content, PDF_MAGIC.length), PDF_MAGIC)) {
            throw RefusedInput.rule("file", "查新报告须为 PDF 文件");
        }
    }

}
