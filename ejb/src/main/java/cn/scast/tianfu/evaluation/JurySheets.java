package cn.scast.tianfu.evaluation;

import cn.scast.tianfu.evaluation.model.Entry;
import cn.scast.tianfu.evaluation.model.EvaluationRound;
import cn.scast.tianfu.evaluation.model.JuryAssignment;
import cn.scast.tianfu.evaluation.model.Juror;
import cn.scast.tianfu.evaluation.model.RecusalDeclaration;
import cn.scast.tianfu.evaluation.model.ScoreSheet;
import cn.scast.tianfu.evaluation.scoring.FormType;
import cn.scast.tianfu.platform.AuditTrail;
import cn.scast.tianfu.platform.Callers;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.math.BigDecimal;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The jury's score sheets (评分表): what a juror sees and writes while a round is open (weighted scores,
 * pass/fail verdicts, rankings, recusals) with draft/submit and optimistic locking, and the chair's
 * override. Every refused attempt is audited (in its own transaction, see {@link EvaluationAudit}).
 *
 * <p>Juror-facing methods take the juror's username; when the call comes from a signed-in user it must
 * be that user, so a screen cannot score on someone else's behalf.
 */
@Stateless
public class JurySheets {

    public static final String MSG_CLOSED = "本轮评审已截止";
    public static final String MSG_NOT_OPEN = "本轮评审尚未开始";
    public static final String MSG_NOT_ASSIGNED = "未分配给您的作品不能评分";
    public static final String MSG_RECUSED = "您已申请回避该作品";
    public static final String MSG_LOCKED = "评分已提交，不能修改";
    public static final String MSG_CONFLICT = "评分表已被他人或另一窗口修改，请刷新后重试";
    public static final String MSG_NOT_CHAIR = "只有本轮评审组长可以改分";
    public static final String MSG_REASON_REQUIRED = "改分必须填写理由";

    public static final String MSG_RANK_ALL = "排序评审须在排序表中一次为全部作品排定名次";
    public static final String MSG_VERDICT = "评审结论只能是通过或不通过";
    public static final String MSG_VERDICT_MISSING = "请选择通过或不通过";

    /** A pass/fail sheet stores its verdict under this code: 1 = 通过, 0 = 不通过. */
    public static final String VERDICT_CODE = "PASS";
    /** A ranking sheet stores the entry's place in the juror's ranking under this code. */
    public static final String RANK_CODE = "RANK";

    public static final String ACTION_REJECTED = "EVAL_SCORE_REJECTED";
    public static final String ACTION_OVERRIDE = "EVAL_SCORE_OVERRIDE";

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

    private JuryRecords records;

    @PostConstruct
    void createRecords() {
        records = new JuryRecords(em);
    }

    // ------------------------------------------------------------------ juror side

    /** The juror's assigned, non-recused entries in rounds open now; identities hidden in blind rounds. */
    public List<JurorEntryView> myEntries(String username) {
        Instant now = clock.instant();
        // The open-window filter runs here rather than in JPQL: no Instant query parameters (see platform.InstantConverter).
        List<JuryAssignment> assignments = em.createQuery(
                        "SELECT a FROM JuryAssignment a WHERE a.juror.username = :u ORDER BY a.round.id, a.entry.id",
                        JuryAssignment.class)
                .setParameter("u", username).getResultList().stream()
                .filter(a -> a.getRound().isOpenAt(now)).toList();
        Set<String> recused = recusedPairs(username);
        Map<String, ScoreSheet> sheets = new HashMap<>();
        for (ScoreSheet s : em.createQuery("SELECT s FROM ScoreSheet s WHERE s.juror.username = :u", ScoreSheet.class)
                .setParameter("u", username).getResultList()) {
            sheets.put(s.getRound().getId() + "/" + s.getEntry().getId(), s);
        }
        List<JurorEntryView> views = new ArrayList<>();
        for (JuryAssignment a : assignments) {
            String key = a.getRound().getId() + "/" + a.getEntry().getId();
            if (!recused.contains(key)) {
                views.add(view(a.getRound(), a.getEntry(), sheets.get(key)));
            }
        }
        return views;
    }

    /** One assigned entry for the scoring screen, with the same checks as scoring itself. */
    public JurorEntryView entryForJuror(String username, long roundId, long entryId) {
        requireActingAs(username);
        EvaluationRound round = records.round(roundId);
        Juror juror = records.jurorOf(round, username).orElseThrow(() -> notAssigned());
        if (isRecused(juror, entryId)) {
            throw new EvaluationException(EvaluationException.Kind.RECUSED, MSG_RECUSED);
        }
        if (!records.isAssigned(juror, entryId)) {
            throw notAssigned();
        }
        return view(round, em.find(Entry.class, entryId), sheetOf(round.getId(), entryId, juror.getId()).orElse(null));
    }

    public List<JurorProgress> progress(String username) {
        Map<Long, JurorProgress> byRound = new LinkedHashMap<>();
        Map<Long, int[]> counts = new LinkedHashMap<>();
        Map<Long, String> names = new HashMap<>();
        for (JurorEntryView v : myEntries(username)) {
            int[] c = counts.computeIfAbsent(v.roundId(), k -> new int[2]);
            c[1]++;
            if (v.submitted()) {
                c[0]++;
            }
            names.put(v.roundId(), v.roundName());
        }
        counts.forEach((id, c) -> byRound.put(id, new JurorProgress(id, names.get(id), c[0], c[1])));
        return new ArrayList<>(byRound.values());
    }

    public List<CriterionView> criteria(long roundId) {
        return records.round(roundId).getCriteria().stream()
                .map(c -> new CriterionView(c.getCode(), c.getName(), c.getWeight(), c.getMinScore(), c.getMaxScore()))
                .toList();
    }

    /**
     * Saves the juror's values as a draft. Values present are checked against their ranges; missing
     * values are allowed in a draft, so the total stays empty until the sheet is complete.
     *
     * @param expectedVersion the version the juror's screen was based on, or null for "whatever is stored"
     */
    public SheetView saveDraft(String username, long roundId, long entryId, Map<String, BigDecimal> values,
                               Long expectedVersion) {
        return write(username, roundId, entryId, values, expectedVersion, false);
    }

    /** Validates the complete sheet, stores it and locks it: later edits by the juror are refused. */
    public SheetView submit(String username, long roundId, long entryId, Map<String, BigDecimal> values,
                            Long expectedVersion) {
        return write(username, roundId, entryId, values, expectedVersion, true);
    }

    /** A juror declares they should not judge an entry; scoring it is refused from then on. */
    public void declareRecusal(String username, long roundId, long entryId, String reason) {
        requireActingAs(username);
        EvaluationRound round = records.round(roundId);
        Juror juror = records.jurorOf(round, username).orElseThrow(() -> new EvaluationException(
                EvaluationException.Kind.NOT_ASSIGNED, "您不是本轮评委"));
        if (reason == null || reason.isBlank()) {
            throw new EvaluationException(EvaluationException.Kind.NOT_ALLOWED, "申请回避须说明理由");
        }
        if (!isRecused(juror, entryId)) {
            em.persist(new RecusalDeclaration(juror, records.entry(entryId), reason.strip(), clock.instant()));
            audit.record("EVAL_RECUSAL", "evl_entry", entryId, null,
                    Map.of("juror", username, "roundId", roundId, "reason", reason.strip()), "评委申请回避");
        }
    }

    /** The round's form (WEIGHTED, PASS_FAIL or RANKING), so that a screen shows the matching editor. */
    public FormType formType(long roundId) {
        return records.round(roundId).getFormType();
    }

    /** Pass/fail rounds: the juror's verdict as a draft (null = not decided yet). */
    public SheetView saveVerdictDraft(String username, long roundId, long entryId, Boolean passed, Long expectedVersion) {
        return write(username, roundId, entryId, verdict(passed), expectedVersion, false);
    }

    /** Pass/fail rounds: stores and locks the juror's verdict. */
    public SheetView submitVerdict(String username, long roundId, long entryId, Boolean passed, Long expectedVersion) {
        return write(username, roundId, entryId, verdict(passed), expectedVersion, true);
    }

    private static Map<String, BigDecimal> verdict(Boolean passed) {
        return passed == null ? Map.of() : Map.of(VERDICT_CODE, passed ? BigDecimal.ONE : BigDecimal.ZERO);
    }

    /**
     * Ranking rounds: saves the juror's places (entry id -> place) as drafts; places may still be missing,
     * but each given one must lie in 1..n (n = the juror's entries in the round) and be used once.
     */
    public List<SheetView> saveRankingDraft(String username, long roundId, Map<Long, Integer> places) {
        return writeRanking(username, roundId, places, false);
    }

    /**
     * Ranking rounds: stores and locks the juror's complete ranking. Every assigned, non-recused entry must
     * have exactly one of the places 1..n; the sheets are submitted together, so a ranking is never half locked.
     */
    public List<SheetView> submitRanking(String username, long roundId, Map<Long, Integer> places) {
        return writeRanking(username, roundId, places, true);
    }

    private List<SheetView> writeRanking(String username, long roundId, Map<Long, Integer> places, boolean submit) {
        String target = roundId + "/ranking/" + username;
        Map<Long, Integer> given = new TreeMap<>();
        if (places != null) {
            places.forEach((e, r) -> {
                if (e != null && r != null) {
                    given.put(e, r);
                }
            });
        }
        Map<String, BigDecimal> attempted = new TreeMap<>();
        given.forEach((e, r) -> attempted.put(String.valueOf(e), BigDecimal.valueOf(r)));
        Instant now = clock.instant();
        EvaluationRound round = openRound(username, roundId, now, target, attempted);
        if (round.getFormType() != FormType.RANKING) {
            throw reject(target, attempted, EvaluationException.Kind.NOT_ALLOWED, "本轮不是排序评审", null);
        }
        Juror juror = records.jurorOf(round, username).orElseThrow(() -> reject(target, attempted,
                EvaluationException.Kind.NOT_ASSIGNED, MSG_NOT_ASSIGNED, null));
        Set<String> recused = recusedPairs(username);
        Map<Long, Entry> mine = new LinkedHashMap<>();
        for (JuryAssignment a : em.createQuery("SELECT a FROM JuryAssignment a WHERE a.juror.id = :j ORDER BY a.entry.id",
                JuryAssignment.class).setParameter("j", juror.getId()).getResultList()) {
            if (!recused.contains(roundId + "/" + a.getEntry().getId())) {
                mine.put(a.getEntry().getId(), a.getEntry());
            }
        }
        for (Long entryId : given.keySet()) {
            if (recused.contains(roundId + "/" + entryId)) {
                throw reject(target, attempted, EvaluationException.Kind.RECUSED, MSG_RECUSED, String.valueOf(entryId));
            }
            if (!mine.containsKey(entryId)) {
                throw reject(target, attempted, EvaluationException.Kind.NOT_ASSIGNED, MSG_NOT_ASSIGNED,
                        String.valueOf(entryId));
            }
        }
        Map<Long, ScoreSheet> sheets = new HashMap<>();
        for (ScoreSheet s : em.createQuery("SELECT s FROM ScoreSheet s WHERE s.round.id = :r AND s.juror.id = :j",
                ScoreSheet.class).setParameter("r", roundId).setParameter("j", juror.getId()).getResultList()) {
            sheets.put(s.getEntry().getId(), s);
        }
        if (sheets.values().stream().anyMatch(ScoreSheet::isSubmitted)) {
            throw reject(target, attempted, EvaluationException.Kind.LOCKED, MSG_LOCKED, null);
        }
        int n = mine.size();
        Map<Integer, Long> byPlace = new HashMap<>();
        for (Map.Entry<Long, Integer> e : given.entrySet()) {
            String title = mine.get(e.getKey()).getTitle();
            if (e.getValue() < 1 || e.getValue() > n) {
                throw reject(target, attempted, EvaluationException.Kind.INVALID_SCORE,
                        "作品「" + title + "」的名次 " + e.getValue() + " 超出范围 1–" + n, String.valueOf(e.getKey()));
            }
            if (byPlace.put(e.getValue(), e.getKey()) != null) {
                throw reject(target, attempted, EvaluationException.Kind.INVALID_SCORE,
                        "名次 " + e.getValue() + " 被重复使用（作品「" + title + "」）", String.valueOf(e.getKey()));
            }
        }
        Map<String, BigDecimal> totals = Map.of();
        if (submit) {
            for (Map.Entry<Long, Entry> e : mine.entrySet()) {
                if (!given.containsKey(e.getKey())) {
                    throw reject(target, attempted, EvaluationException.Kind.INVALID_SCORE,
                            "作品「" + e.getValue().getTitle() + "」尚未排定名次", String.valueOf(e.getKey()));
                }
            }
            Map<String, Integer> ranks = new TreeMap<>();
            given.forEach((e, r) -> ranks.put(String.valueOf(e), r));
            totals = round.form().rankingTotals(ranks);
        }
        List<ScoreSheet> written = new ArrayList<>();
        for (Map.Entry<Long, Integer> e : given.entrySet()) {
            ScoreSheet sheet = sheets.get(e.getKey());
            if (sheet == null) {
                sheet = new ScoreSheet(round, mine.get(e.getKey()), juror, now);
                em.persist(sheet);
            }
            sheet.record(Map.of(RANK_CODE, BigDecimal.valueOf(e.getValue())),
                    submit ? totals.get(String.valueOf(e.getKey())) : null, now);
            if (submit) {
                sheet.submit(now);
            }
            written.add(sheet);
        }
        flushOrConflict(target, attempted);
        return written.stream().map(JurySheets::sheetView).toList();
    }

    private SheetView write(String username, long roundId, long entryId, Map<String, BigDecimal> values,
                            Long expectedVersion, boolean submit) {
        String target = roundId + "/" + entryId + "/" + username;
        Map<String, BigDecimal> attempted = values == null ? Map.of() : new TreeMap<>(SheetValidation.nonNull(values));
        Instant now = clock.instant();
        EvaluationRound round = openRound(username, roundId, now, target, attempted);
        Optional<Juror> juror = records.jurorOf(round, username);
        if (juror.isEmpty()) {
            throw reject(target, attempted, EvaluationException.Kind.NOT_ASSIGNED, MSG_NOT_ASSIGNED, null);
        }
        if (isRecused(juror.get(), entryId)) {
            throw reject(target, attempted, EvaluationException.Kind.RECUSED, MSG_RECUSED, null);
        }
        if (!records.isAssigned(juror.get(), entryId)) {
            throw reject(target, attempted, EvaluationException.Kind.NOT_ASSIGNED, MSG_NOT_ASSIGNED, null);
        }
        Optional<ScoreSheet> existing = sheetOf(roundId, entryId, juror.get().getId());
        if (existing.isPresent() && existing.get().isSubmitted()) {
            throw reject(target, attempted, EvaluationException.Kind.LOCKED, MSG_LOCKED, null);
        }
        long storedVersion = existing.map(ScoreSheet::getVersion).orElse(0L);
        if (expectedVersion != null && (existing.isEmpty() ? expectedVersion != 0L : expectedVersion != storedVersion)) {
            throw reject(target, attempted, EvaluationException.Kind.CONFLICT, MSG_CONFLICT, null);
        }
        BigDecimal total;
        try {
            total = SheetValidation.checkedTotal(round, attempted, submit);
        } catch (EvaluationException e) {
            throw reject(target, attempted, e.kind(), e.getMessage(), e.field());
        }
        ScoreSheet sheet = existing.orElseGet(() -> {
            ScoreSheet created = new ScoreSheet(round, records.entry(entryId), juror.get(), now);
            em.persist(created);
            return created;
        });
        sheet.record(attempted, total, now);
        if (submit) {
            sheet.submit(now);
        }
        flushOrConflict(target, attempted);
        return sheetView(sheet);
    }

    // ------------------------------------------------------------------ chair side

    /**
     * The round's chair replaces a sheet's values, with a reason; the sheet counts as submitted afterwards.
     * The audit entry holds the sheet before and after.
     */
    public SheetView override(String chairUsername, long sheetId, Map<String, BigDecimal> values, String reason,
                              Long expectedVersion) {
        String target = "sheet/" + sheetId;
        Map<String, BigDecimal> attempted = values == null ? Map.of() : new TreeMap<>(SheetValidation.nonNull(values));
        requireActingAs(chairUsername);
        ScoreSheet sheet = em.find(ScoreSheet.class, sheetId);
        if (sheet == null) {
            throw reject(target, attempted, EvaluationException.Kind.NOT_FOUND, "评分表不存在", null);
        }
        EvaluationRound round = sheet.getRound();
        if (records.jurorOf(round, chairUsername).filter(Juror::isChair).isEmpty()) {
            throw reject(target, attempted, EvaluationException.Kind.NOT_CHAIR, MSG_NOT_CHAIR, null);
        }
        if (reason == null || reason.isBlank()) {
            throw reject(target, attempted, EvaluationException.Kind.NOT_ALLOWED, MSG_REASON_REQUIRED, null);
        }
        if (expectedVersion != null && expectedVersion != sheet.getVersion()) {
            throw reject(target, attempted, EvaluationException.Kind.CONFLICT, MSG_CONFLICT, null);
        }
        BigDecimal total;
        try {
            total = SheetValidation.checkedTotal(round, attempted, true);
        } catch (EvaluationException e) {
            throw reject(target, attempted, e.kind(), e.getMessage(), e.field());
        }
        Map<String, Object> before = sheet.snapshot();
        Instant now = clock.instant();
        sheet.record(attempted, total, now);
        if (!sheet.isSubmitted()) {
            sheet.submit(now);
        }
        sheet.markOverridden();
        flushOrConflict(target, attempted);
        audit.record(ACTION_OVERRIDE, EvaluationAudit.TARGET_SHEET, sheet.getId(), before, sheet.snapshot(),
                "评审组长 " + chairUsername + " 改分，理由：" + reason.strip());
        return sheetView(sheet);
    }

    public boolean isChair(String username, long roundId) {
        return records.jurorOf(records.round(roundId), username).map(Juror::isChair).orElse(false);
    }

    /** Submitted and draft sheets of a round, for the chair's override screen and for tests. */
    public List<SheetView> sheets(long roundId) {
        return em.createQuery("SELECT s FROM ScoreSheet s WHERE s.round.id = :r ORDER BY s.entry.id, s.juror.username",
                        ScoreSheet.class)
                .setParameter("r", roundId).getResultList().stream().map(JurySheets::sheetView).toList();
    }

    // ------------------------------------------------------------------ helpers

    /** The round the juror writes in, refused (and audited) unless it exists and is open at {@code now}. */
    private EvaluationRound openRound(String username, long roundId, Instant now, String target,
                                      Map<String, BigDecimal> attempted) {
        requireActingAs(username);
        EvaluationRound round = em.find(EvaluationRound.class, roundId);
        if (round == null) {
            throw reject(target, attempted, EvaluationException.Kind.NOT_FOUND, "评审轮次不存在", null);
        }
        if (now.isBefore(round.getOpensAt())) {
            throw reject(target, attempted, EvaluationException.Kind.ROUND_CLOSED, MSG_NOT_OPEN, null);
        }
        if (!round.isOpenAt(now)) {
            throw reject(target, attempted, EvaluationException.Kind.ROUND_CLOSED, MSG_CLOSED, null);
        }
        return round;
    }

    private void flushOrConflict(String target, Map<String, BigDecimal> attempted) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw reject(target, attempted, EvaluationException.Kind.CONFLICT, MSG_CONFLICT, null);
        } catch (PersistenceException e) {
            // Two first saves of the same sheet at once: the unique key refuses the second.
            throw reject(target, attempted, EvaluationException.Kind.CONFLICT, MSG_CONFLICT, null);
        }
    }

    private EvaluationException reject(String target, Map<String, BigDecimal> attempted, EvaluationException.Kind kind,
                                       String message, String field) {
        rejections.rejected(ACTION_REJECTED, EvaluationAudit.TARGET_ATTEMPT, target,
                Map.of("scores", attempted, "kind", kind.name()), message);
        return new EvaluationException(kind, message, field);
    }

    private void requireActingAs(String username) {
        Principal caller = session.getCallerPrincipal();
        String name = caller == null ? null : caller.getName();
        if (!Callers.isAnonymous(name) && !name.equals(username)) {
            rejections.rejected(ACTION_REJECTED, EvaluationAudit.TARGET_ATTEMPT, username, null,
                    "以他人身份操作：" + name);
            throw new EvaluationException(EvaluationException.Kind.NOT_ALLOWED, "只能以本人身份评审");
        }
    }


    private JurorEntryView view(EvaluationRound round, Entry e, ScoreSheet sheet) {
        boolean blind = round.isBlind();
        return new JurorEntryView(round.getId(), round.getEdition().getName() + " · " + round.getName(), e.getId(),
                e.getTitle(), e.getCategory().getName(), blind ? null : e.getEntrantName(),
                blind ? null : e.getOrganisation(), blind ? null : e.getRecommendingUnit(), blind, round.getClosesAt(),
                sheet == null ? "NEW" : sheet.getStatus().name(),
                sheet == null ? Map.of() : Map.copyOf(sheet.getScores()), sheet == null ? null : sheet.getTotal(),
                sheet == null ? null : sheet.getId(), sheet == null ? null : sheet.getVersion());
    }

    private static SheetView sheetView(ScoreSheet s) {
        return new SheetView(s.getId(), s.getRound().getId(), s.getEntry().getId(), s.getJuror().getUsername(),
                s.getStatus().name(), Map.copyOf(s.getScores()), s.getTotal(), s.getSubmittedAt(), s.isOverridden(),
                s.getVersion());
    }

    private EvaluationException notAssigned() {
        return new EvaluationException(EvaluationException.Kind.NOT_ASSIGNED, MSG_NOT_ASSIGNED);
    }


    private boolean isRecused(Juror juror, long entryId) {
        return em.createQuery("SELECT COUNT(r) FROM RecusalDeclaration r WHERE r.juror.id = :j AND r.entry.id = :e",
                        Long.class)
                .setParameter("j", juror.getId()).setParameter("e", entryId).getSingleResult() > 0;
    }

    private Set<String> recusedPairs(String username) {
        Set<String> pairs = new HashSet<>();
        for (RecusalDeclaration r : em.createQuery("SELECT r FROM RecusalDeclaration r WHERE r.juror.username = :u",
                RecusalDeclaration.class).setParameter("u", username).getResultList()) {
            pairs.add(r.getJuror().getRound().getId() + "/" + r.getEntry().getId());
        }
        return pairs;
    }

    private Optional<ScoreSheet> sheetOf(long roundId, long entryId, long jurorId) {
        return em.createQuery("SELECT s FROM ScoreSheet s WHERE s.round.id = :r AND s.entry.id = :e AND s.juror.id = :j",
                        ScoreSheet.class)
                .setParameter("r", roundId).setParameter("e", entryId).setParameter("j", jurorId)
                .getResultStream().findFirst();
    }

}
