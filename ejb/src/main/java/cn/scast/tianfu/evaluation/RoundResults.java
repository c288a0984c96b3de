package cn.scast.tianfu.evaluation;

import cn.scast.tianfu.evaluation.model.Entry;
import cn.scast.tianfu.evaluation.model.EvaluationRound;
import cn.scast.tianfu.evaluation.model.RecusalDeclaration;
import cn.scast.tianfu.evaluation.model.RoundEntry;
import cn.scast.tianfu.evaluation.model.ScoreSheet;
import cn.scast.tianfu.evaluation.model.SheetStatus;
import cn.scast.tianfu.evaluation.normalisation.ScoreRecord;
import cn.scast.tianfu.platform.AuditTrail;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

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

/**
 * A round's results (评审结果): the normalised leaderboard over the submitted sheets, and advancing its
 * best entries into the edition's next round.
 */
@Stateless
public class RoundResults {

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private AuditTrail audit;

    private JuryRecords records;

    @PostConstruct
    void createRecords() {
        records = new JuryRecords(em);
    }

    /** Normalised ranking over the submitted sheets, with tiers and advancement, then the unscored entries. */
    public Leaderboard leaderboard(long roundId) {
        EvaluationRound round = records.round(roundId);
        List<ScoreSheet> submitted = em.createQuery("SELECT s FROM ScoreSheet s WHERE s.round.id = :r AND s.status = :st",
                        ScoreSheet.class)
                .setParameter("r", roundId).setParameter("st", SheetStatus.SUBMITTED).getResultList();
        List<ScoreRecord> scores = submitted.stream()
                .map(s -> new ScoreRecord(s.getJuror().getUsername(), String.valueOf(s.getEntry().getId()), s.getTotal()))
                .toList();
        RoundResult result = RoundCalculator.forForm(round.rules(), round.getFormType()).calculate(scores);
        Map<Long, Integer> assigned = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT a.entry.id, COUNT(a) FROM JuryAssignment a WHERE a.round.id = :r "
                + "GROUP BY a.entry.id", Object[].class).setParameter("r", roundId).getResultList()) {
            assigned.put((Long) row[0], ((Long) row[1]).intValue());
        }
        Map<Long, String> recusalText = new HashMap<>();
        for (RecusalDeclaration r : em.createQuery("SELECT d FROM RecusalDeclaration d WHERE d.juror.round.id = :rid "
                + "ORDER BY d.entry.id, d.juror.username", RecusalDeclaration.class).setParameter("rid", roundId).getResultList()) {
            recusalText.merge(r.getEntry().getId(), r.getJuror().getUsername() + "：" + r.getReason(), (a, b) -> a + "；" + b);
        }
        Map<Long, Entry> entries = new LinkedHashMap<>();
        records.entriesOf(roundId).forEach(e -> entries.put(e.getId(), e));
        List<LeaderboardLine> lines = new ArrayList<>();
        for (EntryResult r : result.entries()) {
            Entry e = entries.remove(Long.valueOf(r.entryId()));
            if (e == null) {
                e = records.entry(Long.parseLong(r.entryId()));
            }
            lines.add(new LeaderboardLine(e.getId(), e.getTitle(), e.getEntrantName(), e.getOrganisation(),
                    e.getCategory().getName(), r.jurorCount(), assigned.getOrDefault(e.getId(), 0), r.rawMean(),
                    r.zScore(), r.displayScore(), r.rank(), r.tier(), r.advanced(), recusalText.get(e.getId())));
        }
        for (Entry e : entries.values()) {
            lines.add(new LeaderboardLine(e.getId(), e.getTitle(), e.getEntrantName(), e.getOrganisation(),
                    e.getCategory().getName(), 0, assigned.getOrDefault(e.getId(), 0), 0, 0, 0, 0, null, false,
                    recusalText.get(e.getId())));
        }
        return new Leaderboard(roundId, round.getName(), round.getEdition().getName(), round.getAdvancingPlaces(),
                nextRound(round).isPresent(), lines);
    }

    /**
     * Puts the leaderboard's advancing entries into the next round of the edition. Repeating it adds only
     * what is not there yet.
     */
    public AdvanceResult advance(long roundId) {
        EvaluationRound round = records.round(roundId);
        EvaluationRound next = nextRound(round).orElseThrow(() -> new EvaluationException(
                EvaluationException.Kind.NOT_ALLOWED, "本轮是最后一轮，没有可晋级的下一轮"));
        Leaderboard board = leaderboard(roundId);
        if (board.lines().stream().noneMatch(LeaderboardLine::ranked)) {
            throw new EvaluationException(EvaluationException.Kind.NOT_ALLOWED, "本轮尚无已提交的评分，不能晋级");
        }
        Set<Long> already = new HashSet<>(em.createQuery(
                        "SELECT re.entry.id FROM RoundEntry re WHERE re.round.id = :r", Long.class)
                .setParameter("r", next.getId()).getResultList());
        List<Long> moved = new ArrayList<>();
        int existing = 0;
        Instant now = clock.instant();
        for (LeaderboardLine line : board.lines()) {
            if (!line.advanced()) {
                continue;
            }
            Entry e = records.entry(line.entryId());
            if (already.contains(e.getId())) {
                existing++;
                continue;
            }
            em.persist(new RoundEntry(next, e, now));
            e.moveTo(next);
            moved.add(e.getId());
        }
        audit.record("EVAL_ADVANCE", "evl_round", roundId, null,
                Map.of("nextRound", next.getId(), "entries", moved), "晋级到「" + next.getName() + "」");
        return new AdvanceResult(next.getId(), next.getName(), moved, existing);
    }

    /** Entry ids taking part in a round. */
    public List<Long> entryIds(long roundId) {
        return records.entriesOf(roundId).stream().map(Entry::getId).toList();
    }

    /** Rounds for the leaderboard's round picker: id -> "edition · round". */
    public Map<Long, String> roundNames() {
        Map<Long, String> names = new LinkedHashMap<>();
        for (EvaluationRound r : em.createQuery("SELECT r FROM EvaluationRound r ORDER BY r.edition.id, r.seq",
                EvaluationRound.class).getResultList()) {
            names.put(r.getId(), r.getEdition().getName() + " · " + r.getName());
        }
        return names;
    }

    private Optional<EvaluationRound> nextRound(EvaluationRound round) {
        return em.createQuery("SELECT r FROM EvaluationRound r WHERE r.edition.id = :e AND r.seq > :s ORDER BY r.seq",
                        EvaluationRound.class)
                .setParameter("e", round.getEdition().getId()).setParameter("s", round.getSeq())
                .setMaxResults(1).getResultStream().findFirst();
    }

}
