package cn.scast.tianfu.evaluation;

import cn.scast.tianfu.evaluation.model.Notice;
import cn.scast.tianfu.evaluation.model.NoticeEntry;
import cn.scast.tianfu.evaluation.model.Objection;
import cn.scast.tianfu.platform.AuditTrail;
import cn.scast.tianfu.platform.ChinaTime;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Objections (异议) to a public notice: anyone may file one against a proposed awardee while the notice period
 * runs; the administrator upholds it (the entry is withdrawn from the results) or dismisses it. Every decision
 * and refusal is audited.
 */
@Stateless
public class Objections {

    public static final String MSG_NOT_STARTED = "公示期尚未开始，暂不受理异议";
    public static final String MSG_ENDED = "公示期已结束，不再受理异议";
    public static final String MSG_NOT_ON_NOTICE = "该作品不在公示名单中";

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private AuditTrail audit;

    @EJB
    private EvaluationAudit rejections;

    @Resource
    private SessionContext session;

    private NoticeRecords records;

    @PostConstruct
    void createRecords() {
        records = new NoticeRecords(em, rejections, session);
    }

    /** Anyone may object to a proposed awardee while the notice period runs. */
    public ObjectionView fileObjection(long editionId, long entryId, String name, String contact, String reason) {
        Notice notice = records.required(editionId);
        requireText(editionId, "name", name, "请填写异议人姓名或单位名称", 64);
        requireText(editionId, "contact", contact, "请填写联系方式", 128);
        requireText(editionId, "reason", reason, "请填写异议理由", 2000);
        Instant now = clock.instant();
        if (notice.isPublished()) {
            throw records.refuse(editionId, EvaluationException.Kind.ROUND_CLOSED,
                    PublicNotices.MSG_PUBLISHED + "，不再受理异议");
        }
        if (now.isBefore(notice.getStartsAt())) {
            throw records.refuse(editionId, EvaluationException.Kind.ROUND_CLOSED, MSG_NOT_STARTED);
        }
        if (!notice.acceptsObjectionsAt(now)) {
            throw records.refuse(editionId, EvaluationException.Kind.ROUND_CLOSED,
                    MSG_ENDED + "（公示期至 " + ChinaTime.MINUTES.format(notice.getEndsAt()) + "）");
        }
        NoticeEntry listed = noticeEntry(notice.getId(), entryId).filter(e -> !e.isWithdrawn())
                .orElseThrow(() -> records.refuse(editionId, EvaluationException.Kind.NOT_FOUND, MSG_NOT_ON_NOTICE,
                        "entryId"));
        Objection objection = new Objection(notice, listed.getEntry(), name.strip(), contact.strip(), reason.strip(), now);
        em.persist(objection);
        em.flush();
        audit.record("EVAL_OBJECTION_FILED", "evl_objection", objection.getId(), null,
                Map.of("entryId", entryId, "name", objection.getObjectorName()), "收到异议：" + listed.getEntry().getTitle());
        return view(objection);
    }

    /** Upholds (the entry is withdrawn from the results) or dismisses an open objection, with a reason. */
    public ObjectionView decide(long objectionId, boolean upheld, String reason) {
        Objection objection = em.find(Objection.class, objectionId);
        if (objection == null) {
            throw new EvaluationException(EvaluationException.Kind.NOT_FOUND, "异议不存在");
        }
        long editionId = objection.getNotice().getEdition().getId();
        if (objection.getNotice().isPublished()) {
            throw records.refuse(editionId, EvaluationException.Kind.NOT_ALLOWED, PublicNotices.MSG_PUBLISHED);
        }
        if (!objection.isOpen()) {
            throw records.refuse(editionId, EvaluationException.Kind.NOT_ALLOWED, "该异议已处理");
        }
        if (reason == null || reason.isBlank()) {
            throw records.refuse(editionId, EvaluationException.Kind.NOT_ALLOWED, "处理异议须说明理由", "reason");
        }
        String why = reason.strip();
        objection.decide(upheld, why, records.caller(), clock.instant());
        if (upheld) {
            noticeEntry(objection.getNotice().getId(), objection.getEntry().getId())
                    .ifPresent(e -> e.withdraw("异议成立：" + why));
        }
        audit.record("EVAL_OBJECTION_DECIDED", "evl_objection", objectionId, Map.of("status", "OPEN"),
                Map.of("status", objection.getStatus().name(), "entryId", objection.getEntry().getId(), "reason", why),
                (upheld ? "异议成立，撤销「" : "异议不成立，维持「") + objection.getEntry().getTitle() + "」：" + why);
        return view(objection);
    }

    /** The objections to an edition's notice, oldest first, for the administrator. */
    public List<ObjectionView> objections(long editionId) {
        return em.createQuery("SELECT o FROM Objection o WHERE o.notice.edition.id = :e ORDER BY o.filedAt, o.id",
                        Objection.class).setParameter("e", editionId).getResultList().stream()
                .map(Objections::view).toList();
    }

    // ------------------------------------------------------------------ helpers

    private Optional<NoticeEntry> noticeEntry(long noticeId, long entryId) {
        return em.createQuery("SELECT ne FROM NoticeEntry ne WHERE ne.notice.id = :n AND ne.entry.id = :e", NoticeEntry.class)
                .setParameter("n", noticeId).setParameter("e", entryId).getResultStream().findFirst();
    }

    private static ObjectionView view(Objection o) {
        return new ObjectionView(o.getId(), o.getEntry().getId(), o.getEntry().getTitle(), o.getObjectorName(),
                o.getContact(), o.getReason(), o.getFiledAt(), o.getStatus().name(), o.getDecisionReason(),
                o.getDecidedBy());
    }

    private void requireText(long editionId, String field, String value, String message, int max) {
        if (value == null || value.isBlank()) {
            throw records.refuse(editionId, EvaluationException.Kind.NOT_ALLOWED, message, field);
        }
        if (value.strip().length() > max) {
            throw records.refuse(editionId, EvaluationException.Kind.NOT_ALLOWED, "内容过长（最多 " + max + " 字）", field);
        }
    }

}
