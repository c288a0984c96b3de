package cn.scast.tianfu.evaluation;

import cn.scast.tianfu.platform.ChinaTime;
import cn.scast.tianfu.evaluation.award.AwardTier;
import cn.scast.tianfu.evaluation.model.Edition;
import cn.scast.tianfu.evaluation.model.Entry;
import cn.scast.tianfu.evaluation.model.EvaluationRound;
import cn.scast.tianfu.evaluation.model.Notice;
import cn.scast.tianfu.evaluation.model.NoticeEntry;
import cn.scast.tianfu.evaluation.model.NoticeStatus;
import cn.scast.tianfu.evaluation.model.Objection;
import cn.scast.tianfu.evaluation.model.ObjectionStatus;
import cn.scast.tianfu.platform.AuditTrail;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * After the final round: the public notice (公示) of the proposed awardees, objections (异议) filed by anyone
 * during the notice period and decided by the administrator, then the published, final results and their
 * certificates. Every decision and refusal is audited.
 */
@Stateless
public class NoticeService {

    public static final String ISSUER = "四川省科学技术协会";
    public static final String TARGET_NOTICE = "evl_notice";

    public static final String MSG_NO_NOTICE = "该届评审尚未公示";
    public static final String MSG_NOT_STARTED = "公示期尚未开始，暂不受理异议";
    public static final String MSG_ENDED = "公示期已结束，不再受理异议";
    public static final String MSG_PUBLISHED = "评审结果已公布，不能再修改";
    public static final String MSG_NOT_ON_NOTICE = "该作品不在公示名单中";
    public static final String MSG_PERIOD_RUNNING = "公示期尚未结束，不能公布结果";
    public static final String MSG_NOT_PUBLISHED = "评审结果尚未公布";
    private static final DateTimeFormatter TIME = ChinaTime.MINUTES;

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @EJB
    private EvaluationService evaluation;

    @EJB
    private AuditTrail audit;

    @EJB
    private EvaluationAudit rejections;

    @Resource
    private SessionContext session;

    // ------------------------------------------------------------------ administrator

    /**
     * Opens the notice of an edition: the awardees of its last round (those with a tier) are copied onto the
     * notice. Refused while that round is still open or when it has no awardees, and once per edition.
     */
    public NoticeView open(long editionId, Instant startsAt, Instant endsAt) {
        Edition edition = em.find(Edition.class, editionId);
        if (edition == null) {
            throw refuse(editionId, EvaluationException.Kind.NOT_FOUND, "评审届次不存在");
        }
        if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)) {
            throw refuse(editionId, EvaluationException.Kind.NOT_ALLOWED, "公示结束时间须晚于开始时间");
        }
        if (find(editionId).isPresent()) {
            throw refuse(editionId, EvaluationException.Kind.NOT_ALLOWED, "该届评审已经公示");
        }
        EvaluationRound last = em.createQuery("SELECT r FROM EvaluationRound r WHERE r.edition.id = :e ORDER BY r.seq DESC",
                        EvaluationRound.class).setParameter("e", editionId).setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> refuse(editionId, EvaluationException.Kind.NOT_ALLOWED, "该届评审没有评审轮次"));
        Instant now = Instant.now();
        if (now.isBefore(last.getClosesAt())) {
            throw refuse(editionId, EvaluationException.Kind.NOT_ALLOWED,
                    "「" + last.getName() + "」尚未结束（截止 " + TIME.format(last.getClosesAt()) + "），不能公示");
        }
        List<String> tierNames = last.rules().tiers().tiers().stream().map(AwardTier::name).toList();
        List<LeaderboardLine> awarded = evaluation.leaderboard(last.getId()).lines().stream()
                .filter(l -> l.tier() != null).toList();
        if (awarded.isEmpty()) {
            throw refuse(editionId, EvaluationException.Kind.NOT_ALLOWED, "「" + last.getName() + "」没有获奖作品，不能公示");
        }
        Notice notice = new Notice(edition, last, startsAt, endsAt, caller(), now);
        em.persist(notice);
        for (LeaderboardLine l : awarded) {
            double score = last.getFormType() == cn.scast.tianfu.evaluation.scoring.FormType.PASS_FAIL ? l.rawMean()
                    : l.normalisedScore();
            em.persist(new NoticeEntry(notice, em.find(Entry.class, l.entryId()), l.rank(), l.tier(),
                    tierNames.indexOf(l.tier()) + 1, BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_UP)));
        }
        em.flush();
        audit.record("EVAL_NOTICE_OPEN", TARGET_NOTICE, notice.getId(), null,
                Map.of("editionId", editionId, "startsAt", startsAt.toString(), "endsAt", endsAt.toString(),
                        "awardees", awarded.size()), "发布公示：" + edition.getName());
        return view(notice);
    }

    /** Whether the user chairs the last round of the edition: the chair may open its notice, like the administrator. */
    public boolean chairsFinalRound(long editionId, String username) {
        return em.createQuery("SELECT r.id FROM EvaluationRound r WHERE r.edition.id = :e ORDER BY r.seq DESC", Long.class)
                .setParameter("e", editionId).setMaxResults(1).getResultStream().findFirst()
                .map(round -> evaluation.isChair(username, round)).orElse(false);
    }

    /** Moves the notice period (extend it, or end it early); refused once published. */
    public NoticeView reschedule(long editionId, Instant startsAt, Instant endsAt) {
        Notice notice = notice(editionId);
        if (notice.isPublished()) {
            throw refuse(editionId, EvaluationException.Kind.NOT_ALLOWED, MSG_PUBLISHED);
        }
        if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)) {
            throw refuse(editionId, EvaluationException.Kind.NOT_ALLOWED, "公示结束时间须晚于开始时间");
        }
        Map<String, Object> before = Map.of("startsAt", notice.getStartsAt().toString(),
                "endsAt", notice.getEndsAt().toString());
        notice.reschedule(startsAt, endsAt);
        audit.record("EVAL_NOTICE_RESCHEDULE", TARGET_NOTICE, notice.getId(), before,
                Map.of("startsAt", startsAt.toString(), "endsAt", endsAt.toString()), "调整公示期");
        return view(notice);
    }

    /** Upholds (the entry is withdrawn from the results) or dismisses an open objection, with a reason. */
    public ObjectionView decide(long objectionId, boolean upheld, String reason) {
        Objection objection = em.find(Objection.class, objectionId);
        if (objection == null) {
            throw new EvaluationException(EvaluationException.Kind.NOT_FOUND, "异议不存在");
        }
        long editionId = objection.getNotice().getEdition().getId();
        if (objection.getNotice().isPublished()) {
            throw refuse(editionId, EvaluationException.Kind.NOT_ALLOWED, MSG_PUBLISHED);
        }
        if (!objection.isOpen()) {
            throw refuse(editionId, EvaluationException.Kind.NOT_ALLOWED, "该异议已处理");
        }
        if (reason == null || reason.isBlank()) {
            throw refuse(editionId, EvaluationException.Kind.NOT_ALLOWED, "处理异议须说明理由", "reason");
        }
        String why = reason.strip();
        objection.decide(upheld, why, caller(), Instant.now());
        if (upheld) {
            noticeEntry(objection.getNotice().getId(), objection.getEntry().getId())
                    .ifPresent(e -> e.withdraw("异议成立：" + why));
        }
        audit.record("EVAL_OBJECTION_DECIDED", "evl_objection", objectionId, Map.of("status", "OPEN"),
                Map.of("status", objection.getStatus().name(), "entryId", objection.getEntry().getId(), "reason", why),
                (upheld ? "异议成立，撤销「" : "异议不成立，维持「") + objection.getEntry().getTitle() + "」：" + why);
        return view(objection);
    }

    /**
     * Publishes the results (final): only after the notice period and with every objection decided.
     * Published results can no longer change.
     */
    public NoticeView publish(long editionId) {
        Notice notice = notice(editionId);
        if (notice.isPublished()) {
            throw refuse(editionId, EvaluationException.Kind.NOT_ALLOWED, "评审结果已经公布");
        }
        if (Instant.now().isBefore(notice.getEndsAt())) {
            throw refuse(editionId, EvaluationException.Kind.NOT_ALLOWED,
                    MSG_PERIOD_RUNNING + "（公示期至 " + TIME.format(notice.getEndsAt()) + "）");
        }
        long open = openObjections(notice.getId());
        if (open > 0) {
            throw refuse(editionId, EvaluationException.Kind.NOT_ALLOWED, "尚有 " + open + " 条异议未处理，不能公布结果");
        }
        notice.publish(caller(), Instant.now());
        audit.record("EVAL_RESULTS_PUBLISH", TARGET_NOTICE, notice.getId(), Map.of("status", "OPEN"),
                Map.of("status", "PUBLISHED"), "公布评审结果：" + notice.getEdition().getName());
        return view(notice);
    }

    public List<ObjectionView> objections(long editionId) {
        return em.createQuery("SELECT o FROM Objection o WHERE o.notice.edition.id = :e ORDER BY o.filedAt, o.id",
                        Objection.class).setParameter("e", editionId).getResultList().stream()
                .map(NoticeService::view).toList();
    }

    /** Editions (id -> name) that have rounds, for the administrator's notice screen. */
    public Map<Long, String> editions() {
        Map<Long, String> result = new LinkedHashMap<>();
        for (Edition e : em.createQuery("SELECT DISTINCT r.edition FROM EvaluationRound r ORDER BY r.edition.id",
                Edition.class).getResultList()) {
            result.put(e.getId(), e.getName());
        }
        return result;
    }

    // ------------------------------------------------------------------ public

    /** The notice of an edition with its proposed awardees (withdrawn ones marked); empty before it opens. */
    public Optional<NoticeView> notice(long editionId, boolean includeWithdrawn) {
        return find(editionId).map(n -> {
            NoticeView v = view(n);
            return includeWithdrawn ? v : new NoticeView(v.noticeId(), v.editionId(), v.editionName(), v.startsAt(),
                    v.endsAt(), v.status(), v.acceptingObjections(), v.openObjections(),
                    v.lines().stream().filter(l -> !l.withdrawn()).toList());
        });
    }

    /** Every notice, newest edition first, for the public list of notices and results. */
    public List<NoticeView> all() {
        return em.createQuery("SELECT n FROM Notice n ORDER BY n.edition.id DESC", Notice.class).getResultList().stream()
                .map(n -> notice(n.getEdition().getId(), false).orElseThrow()).toList();
    }

    /** Anyone may object to a proposed awardee while the notice period runs. */
    public ObjectionView fileObjection(long editionId, long entryId, String name, String contact, String reason) {
        Notice notice = find(editionId).orElseThrow(() -> refuse(editionId, EvaluationException.Kind.NOT_FOUND,
                MSG_NO_NOTICE));
        requireText(editionId, "name", name, "请填写异议人姓名或单位名称", 64);
        requireText(editionId, "contact", contact, "请填写联系方式", 128);
        requireText(editionId, "reason", reason, "请填写异议理由", 2000);
        Instant now = Instant.now();
        if (notice.isPublished()) {
            throw refuse(editionId, EvaluationException.Kind.ROUND_CLOSED, MSG_PUBLISHED + "，不再受理异议");
        }
        if (now.isBefore(notice.getStartsAt())) {
            throw refuse(editionId, EvaluationException.Kind.ROUND_CLOSED, MSG_NOT_STARTED);
        }
        if (!notice.acceptsObjectionsAt(now)) {
            throw refuse(editionId, EvaluationException.Kind.ROUND_CLOSED,
                    MSG_ENDED + "（公示期至 " + TIME.format(notice.getEndsAt()) + "）");
        }
        NoticeEntry listed = noticeEntry(notice.getId(), entryId).filter(e -> !e.isWithdrawn())
                .orElseThrow(() -> refuse(editionId, EvaluationException.Kind.NOT_FOUND, MSG_NOT_ON_NOTICE, "entryId"));
        Objection objection = new Objection(notice, listed.getEntry(), name.strip(), contact.strip(), reason.strip(), now);
        em.persist(objection);
        em.flush();
        audit.record("EVAL_OBJECTION_FILED", "evl_objection", objection.getId(), null,
                Map.of("entryId", entryId, "name", objection.getObjectorName()), "收到异议：" + listed.getEntry().getTitle());
        return view(objection);
    }

    /** The published results, highest tier first; refused before publication. */
    public NoticeView results(long editionId) {
        Notice notice = find(editionId).filter(Notice::isPublished)
                .orElseThrow(() -> new EvaluationException(EvaluationException.Kind.NOT_FOUND, MSG_NOT_PUBLISHED));
        return notice(editionId, false).orElse(view(notice));
    }

    /** The certificate of a published, not withdrawn awardee. */
    public byte[] certificate(long entryId) {
        NoticeEntry awarded = em.createQuery("SELECT ne FROM NoticeEntry ne WHERE ne.entry.id = :e AND ne.withdrawn = false "
                        + "AND ne.notice.status = :published", NoticeEntry.class)
                .setParameter("e", entryId).setParameter("published", NoticeStatus.PUBLISHED).getResultStream().findFirst()
                .orElseThrow(() -> new EvaluationException(EvaluationException.Kind.NOT_FOUND, "该作品没有已公布的奖项"));
        Entry e = awarded.getEntry();
        Notice n = awarded.getNotice();
        return CertificatePdf.render(new CertificateText(e.getId(), e.getEntrantName(), e.getOrganisation(), e.getTitle(),
                e.getEdition().getProgramme().getName(), e.getEdition().getName(), awarded.getTier(), ISSUER,
                LocalDate.ofInstant(n.getPublishedAt(), ChinaTime.ZONE)));
    }

    // ------------------------------------------------------------------ helpers

    private Notice notice(long editionId) {
        return find(editionId).orElseThrow(() -> refuse(editionId, EvaluationException.Kind.NOT_FOUND, MSG_NO_NOTICE));
    }

    private Optional<Notice> find(long editionId) {
        return em.createQuery("SELECT n FROM Notice n WHERE n.edition.id = :e", Notice.class)
                .setParameter("e", editionId).getResultStream().findFirst();
    }

    private Optional<NoticeEntry> noticeEntry(long noticeId, long entryId) {
        return em.createQuery("SELECT ne FROM NoticeEntry ne WHERE ne.notice.id = :n AND ne.entry.id = :e", NoticeEntry.class)
                .setParameter("n", noticeId).setParameter("e", entryId).getResultStream().findFirst();
    }

    private long openObjections(long noticeId) {
        return em.createQuery("SELECT COUNT(o) FROM Objection o WHERE o.notice.id = :n AND o.status = :s", Long.class)
                .setParameter("n", noticeId).setParameter("s", ObjectionStatus.OPEN).getSingleResult();
    }

    private NoticeView view(Notice n) {
        List<NoticeLine> lines = new ArrayList<>();
        for (NoticeEntry ne : em.createQuery("SELECT ne FROM NoticeEntry ne WHERE ne.notice.id = :n "
                + "ORDER BY ne.tierOrder, ne.place, ne.entry.id", NoticeEntry.class).setParameter("n", n.getId()).getResultList()) {
            Entry e = ne.getEntry();
            lines.add(new NoticeLine(e.getId(), e.getTitle(), e.getEntrantName(), e.getOrganisation(),
                    e.getCategory().getName(), ne.getPlace(), ne.getTier(), ne.getScore(), ne.isWithdrawn(),
                    ne.getWithdrawnReason()));
        }
        return new NoticeView(n.getId(), n.getEdition().getId(), n.getEdition().getName(), n.getStartsAt(), n.getEndsAt(),
                n.getStatus().name(), n.acceptsObjectionsAt(Instant.now()), openObjections(n.getId()), lines);
    }

    private static ObjectionView view(Objection o) {
        return new ObjectionView(o.getId(), o.getEntry().getId(), o.getEntry().getTitle(), o.getObjectorName(),
                o.getContact(), o.getReason(), o.getFiledAt(), o.getStatus().name(), o.getDecisionReason(),
                o.getDecidedBy());
    }

    private void requireText(long editionId, String field, String value, String message, int max) {
        if (value == null || value.isBlank()) {
            throw refuse(editionId, EvaluationException.Kind.NOT_ALLOWED, message, field);
        }
        if (value.strip().length() > max) {
            throw refuse(editionId, EvaluationException.Kind.NOT_ALLOWED, "内容过长（最多 " + max + " 字）", field);
        }
    }

    private EvaluationException refuse(long editionId, EvaluationException.Kind kind, String message) {
        return refuse(editionId, kind, message, null);
    }

    private EvaluationException refuse(long editionId, EvaluationException.Kind kind, String message, String field) {
        rejections.rejected("EVAL_NOTICE_REJECTED", TARGET_NOTICE, "edition/" + editionId,
                Map.of("caller", caller(), "kind", kind.name()), message);
        return new EvaluationException(kind, message, field);
    }

    private String caller() {
        Principal p = session.getCallerPrincipal();
        return p == null || p.getName() == null ? "ANONYMOUS" : p.getName();
    }
}
