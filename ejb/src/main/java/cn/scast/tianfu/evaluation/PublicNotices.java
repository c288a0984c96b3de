package cn.scast.tianfu.evaluation;

import cn.scast.tianfu.evaluation.award.AwardTier;
import cn.scast.tianfu.evaluation.model.Edition;
import cn.scast.tianfu.evaluation.model.Entry;
import cn.scast.tianfu.evaluation.model.EvaluationRound;
import cn.scast.tianfu.evaluation.model.Notice;
import cn.scast.tianfu.evaluation.model.NoticeEntry;
import cn.scast.tianfu.evaluation.model.NoticeStatus;
import cn.scast.tianfu.evaluation.model.ObjectionStatus;
import cn.scast.tianfu.evaluation.scoring.FormType;
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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * After the final round: the public notice (公示) of the proposed awardees, opened and rescheduled by the
 * administrator, then the published, final results and their certificates. Objections filed during the notice
 * period are {@link Objections}. Every decision and refusal is audited.
 */
@Stateless
public class PublicNotices {

    public static final String ISSUER = "四川省科学技术协会";
    public static final String TARGET_NOTICE = "evl_notice";

    public static final String MSG_NO_NOTICE = "该届评审尚未公示";
    public static final String MSG_PUBLISHED = "评审结果已公布，不能再修改";
    public static final String MSG_PERIOD_RUNNING = "公示期尚未结束，不能公布结果";
    public static final String MSG_NOT_PUBLISHED = "评审结果尚未公布";

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private RoundResults roundResults;

    @EJB
    private JurySheets jurySheets;

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

    // ------------------------------------------------------------------ administrator

    /**
     * Opens the notice of an edition: the awardees of its last round (those with a tier) are copied onto the
     * notice. Refused while that round is still open or when it has no awardees, and once per edition.
     */
    public NoticeView open(long editionId, Instant startsAt, Instant endsAt) {
        Edition edition = em.find(Edition.class, editionId);
        if (edition == null) {
            throw records.refuse(editionId, EvaluationException.Kind.NOT_FOUND, "评审届次不存在");
        }
        if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)) {
            throw records.refuse(editionId, EvaluationException.Kind.NOT_ALLOWED, "公示结束时间须晚于开始时间");
        }
        if (records.find(editionId).isPresent()) {
            throw records.refuse(editionId, EvaluationException.Kind.NOT_ALLOWED, "该届评审已经公示");
        }
        EvaluationRound last = em.createQuery("SELECT r FROM EvaluationRound r WHERE r.edition.id = :e ORDER BY r.seq DESC",
                        EvaluationRound.class).setParameter("e", editionId).setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> records.refuse(editionId, EvaluationException.Kind.NOT_ALLOWED, "该届评审没有评审轮次"));
        Instant now = clock.instant();
        if (now.isBefore(last.getClosesAt())) {
            throw records.refuse(editionId, EvaluationException.Kind.NOT_ALLOWED,
                    "「" + last.getName() + "」尚未结束（截止 " + ChinaTime.MINUTES.format(last.getClosesAt()) + "），不能公示");
        }
        List<String> tierNames = last.rules().tiers().tiers().stream().map(AwardTier::name).toList();
        List<LeaderboardLine> awarded = roundResults.leaderboard(last.getId()).lines().stream()
                .filter(l -> l.tier() != null).toList();
        if (awarded.isEmpty()) {
            throw records.refuse(editionId, EvaluationException.Kind.NOT_ALLOWED,
                    "「" + last.getName() + "」没有获奖作品，不能公示");
        }
        Notice notice = new Notice(edition, last, startsAt, endsAt, records.caller(), now);
        em.persist(notice);
        for (LeaderboardLine l : awarded) {
            double score = last.getFormType() == FormType.PASS_FAIL ? l.rawMean()
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
                .map(round -> jurySheets.isChair(username, round)).orElse(false);
    }

    /** Moves the notice period (extend it, or end it early); refused once published. */
    public NoticeView reschedule(long editionId, Instant startsAt, Instant endsAt) {
        Notice notice = records.required(editionId);
        if (notice.isPublished()) {
            throw records.refuse(editionId, EvaluationException.Kind.NOT_ALLOWED, MSG_PUBLISHED);
        }
        if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)) {
            throw records.refuse(editionId, EvaluationException.Kind.NOT_ALLOWED, "公示结束时间须晚于开始时间");
        }
        Map<String, Object> before = Map.of("startsAt", notice.getStartsAt().toString(),
                "endsAt", notice.getEndsAt().toString());
        notice.reschedule(startsAt, endsAt);
        audit.record("EVAL_NOTICE_RESCHEDULE", TARGET_NOTICE, notice.getId(), before,
                Map.of("startsAt", startsAt.toString(), "endsAt", endsAt.toString()), "调整公示期");
        return view(notice);
    }

    /**
     * Publishes the results (final): only after the notice period and with every objection decided.
     * Published results can no longer change.
     */
    public NoticeView publish(long editionId) {
        Notice notice = records.required(editionId);
        if (notice.isPublished()) {
            throw records.refuse(editionId, EvaluationException.Kind.NOT_ALLOWED, "评审结果已经公布");
        }
        if (clock.instant().isBefore(notice.getEndsAt())) {
            throw records.refuse(editionId, EvaluationException.Kind.NOT_ALLOWED,
                    MSG_PERIOD_RUNNING + "（公示期至 " + ChinaTime.MINUTES.format(notice.getEndsAt()) + "）");
        }
        long open = openObjections(notice.getId());
        if (open > 0) {
            throw records.refuse(editionId, EvaluationException.Kind.NOT_ALLOWED, "尚有 " + open + " 条异议未处理，不能公布结果");
        }
        notice.publish(records.caller(), clock.instant());
        audit.record("EVAL_RESULTS_PUBLISH", TARGET_NOTICE, notice.getId(), Map.of("status", "OPEN"),
                Map.of("status", "PUBLISHED"), "公布评审结果：" + notice.getEdition().getName());
        return view(notice);
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
        return records.find(editionId).map(n -> {
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

    /** The published results, highest tier first; refused before publication. */
    public NoticeView results(long editionId) {
        Notice notice = records.find(editionId).filter(Notice::isPublished)
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
                n.getStatus().name(), n.acceptsObjectionsAt(clock.instant()), openObjections(n.getId()), lines);
    }

}
