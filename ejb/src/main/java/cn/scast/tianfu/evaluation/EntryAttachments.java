package cn.scast.tianfu.evaluation;

import cn.scast.tianfu.platform.Sha256;
import cn.scast.tianfu.evaluation.model.AttachmentKind;
import cn.scast.tianfu.evaluation.model.Entry;
import cn.scast.tianfu.evaluation.model.EntryAttachment;
import cn.scast.tianfu.platform.AuditTrail;
import cn.scast.tianfu.platform.Callers;
import cn.scast.tianfu.platform.RecordAccessRefused;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Attachments of an evaluation entry (论文全文, 查新报告, 项目简介), stored in the database with their SHA-256.
 * Uploaded by whoever may edit the entry's nomination or registration; read by staff and by the jurors
 * assigned to the entry who have not declared a conflict of interest. The programme that owns the entry
 * ({@link EntryMaterialSource}) names who else may upload and keeps some files itself (a youth contest entry's
 * 查新报告 is the registration's own report: shown here, and an upload here replaces it there).
 */
@Stateless
public class EntryAttachments {

    public static final String MSG_NOT_READER = "只有分配到该作品且无回避情形的评委和工作人员可以查看附件";
    public static final String MSG_NOT_EDITOR = "您无权为该作品上传附件";

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private AuditTrail audit;

    @EJB
    private EvaluationAudit refusals;

    @Inject
    @Any
    private Instance<EntryMaterialSource> programmes;

    @EJB
    private JurorAccess jurors;

    @Resource
    private SessionContext session;

    public void upload(long entryId, AttachmentKind kind, String fileName, byte[] content) {
        requireEditor(entry(entryId));
        for (EntryMaterialSource programme : programmes) {
            if (programme.upload(entryId, kind, fileName, content)) {
                return;
            }
        }
        String contentType;
        try {
            contentType = AttachmentContent.sniff(kind, content);
        } catch (AttachmentRefused refused) {
            refusals.rejected("EVAL_ATTACHMENT_REFUSED", "evl_entry", String.valueOf(entryId),
                    Map.of("kind", kind.name(), "fileName", String.valueOf(fileName),
                            "bytes", content == null ? 0 : content.length), refused.getMessage());
            throw refused;
        }
        String name = fileName(kind, fileName, contentType);
        EntryAttachment attachment = stored(entryId, kind).orElse(null);
        boolean replaced = attachment != null;
        if (attachment == null) {
            attachment = new EntryAttachment(entryId, kind);
            em.persist(attachment);
        }
        attachment.replace(name, contentType, content, Sha256.hex(content), Callers.name(session),
                clock.instant());
        em.flush();
        audit.record("EVAL_ATTACHMENT_UPLOAD", "evl_entry", entryId, null,
                Map.of("kind", kind.name(), "fileName", name, "bytes", content.length, "replaced", replaced),
                "上传" + AttachmentContent.label(kind));
    }

    /** The entry's title for the upload screen of those who may edit it. */
    public String titleForEditor(long entryId) {
        Entry entry = entry(entryId);
        requireEditor(entry);
        return entry.getTitle();
    }

    /** The attachments as the upload screen lists them to those who may edit the entry. */
    public List<AttachmentView> listForEditor(long entryId) {
        requireEditor(entry(entryId));
        return views(entryId);
    }

    /** The entry's attachments in kind order; the caller must be allowed to read them. */
    public List<AttachmentView> list(long entryId) {
        requireReader(entry(entryId));
        return views(entryId);
    }

    /** The list from the stored type, size and hash: no file's bytes are read for it. */
    private List<AttachmentView> views(long entryId) {
        List<AttachmentView> views = new ArrayList<>();
        for (AttachmentKind kind : AttachmentKind.values()) {
            facts(entryId, kind).ifPresent(f -> views.add(new AttachmentView(kind, kind.slug(), f.contentType(),
                    f.sizeBytes(), f.sha256())));
        }
        return views;
    }

    private Optional<AttachmentFacts> facts(long entryId, AttachmentKind kind) {
        Optional<AttachmentFacts> own = em.createQuery("SELECT a.contentType, a.sizeBytes, a.sha256 FROM EntryAttachment a "
                        + "WHERE a.entryId = :e AND a.kind = :k", Object[].class)
                .setParameter("e", entryId).setParameter("k", kind).getResultStream().findFirst().map(AttachmentFacts::of);
        if (own.isPresent()) {
            return own;
        }
        for (EntryMaterialSource programme : programmes) {
            Optional<AttachmentFacts> kept = programme.facts(entryId, kind);
            if (kept.isPresent()) {
                return kept;
            }
        }
        return Optional.empty();
    }

    /** One attachment's bytes; the read is audited. */
    public AttachmentFile read(long entryId, AttachmentKind kind) {
        requireReader(entry(entryId));
        AttachmentFile file = find(entryId, kind).orElseThrow(() -> new EvaluationException(
                EvaluationException.Kind.NOT_FOUND, "该作品没有" + AttachmentContent.label(kind)));
        audit.record("EVAL_ATTACHMENT_READ", "evl_entry", entryId, null,
                Map.of("kind", kind.name(), "bytes", file.content().length), "查看" + AttachmentContent.label(kind));
        return file;
    }

    private Optional<AttachmentFile> find(long entryId, AttachmentKind kind) {
        Optional<EntryAttachment> own = stored(entryId, kind);
        if (own.isPresent()) {
            EntryAttachment a = own.get();
            return Optional.of(new AttachmentFile(a.getFileName(), a.getContentType(), a.getContent(), a.getSha256()));
        }
        for (EntryMaterialSource programme : programmes) {
            Optional<AttachmentFile> kept = programme.find(entryId, kind);
            if (kept.isPresent()) {
                return kept;
            }
        }
        return Optional.empty();
    }

    private void requireReader(Entry entry) {
        if (session.isCallerInRole("admin") || session.isCallerInRole("city-staff")) {
            return;
        }
        String caller = Callers.name(session);
        if (session.isCallerInRole("jury-member") && jurors.mayRead(caller, entry)) {
            return;
        }
        refusals.rejected("EVAL_ATTACHMENT_REFUSED", "evl_entry", String.valueOf(entry.getId()), null,
                MSG_NOT_READER + "：" + caller);
        throw new RecordAccessRefused(MSG_NOT_READER);
    }

    /** The checks of editing the nomination or registration itself: staff, or whom the owning programme names. */
    private void requireEditor(Entry entry) {
        if (session.isCallerInRole("admin") || session.isCallerInRole("city-staff")) {
            return;
        }
        if (session.isCallerInRole("society-officer")) {
            String caller = Callers.name(session);
            for (EntryMaterialSource programme : programmes) {
                if (programme.mayUpload(entry.getId(), caller, "society-officer")) {
                    return;
                }
            }
        }
        throw new RecordAccessRefused(MSG_NOT_EDITOR);
    }

    private Optional<EntryAttachment> stored(long entryId, AttachmentKind kind) {
        return em.createQuery("SELECT a FROM EntryAttachment a WHERE a.entryId = :e AND a.kind = :k",
                        EntryAttachment.class)
                .setParameter("e", entryId).setParameter("k", kind).getResultStream().findFirst();
    }

    private Entry entry(long entryId) {
        Entry entry = em.find(Entry.class, entryId);
        if (entry == null) {
            throw new EvaluationException(EvaluationException.Kind.NOT_FOUND, "作品不存在");
        }
        return entry;
    }

    private static String fileName(AttachmentKind kind, String fileName, String contentType) {
        String name = fileName == null || fileName.isBlank()
                ? AttachmentContent.label(kind) + (AttachmentContent.PDF.equals(contentType) ? ".pdf" : ".txt")
                : fileName.strip();
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }
}
