package cn.scast.tianfu.it.evaluation;

import cn.scast.tianfu.evaluation.EvaluationAudit;
import cn.scast.tianfu.evaluation.EvaluationException;
import cn.scast.tianfu.evaluation.EvaluationSetup;
import cn.scast.tianfu.evaluation.JuryAssignments;
import cn.scast.tianfu.evaluation.JurySheets;
import cn.scast.tianfu.evaluation.RoundResults;
import cn.scast.tianfu.evaluation.SheetView;
import cn.scast.tianfu.evaluation.model.ProgrammeKind;
import cn.scast.tianfu.it.support.Deployments;
import cn.scast.tianfu.it.support.PlatformTest;
import cn.scast.tianfu.platform.AuditTrail;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Inside the server: many jurors at once lose no score; two writers of one sheet never both win. */
@PlatformTest
class EvaluationConcurrencyIT {

    private static final int JURORS = 50;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(EvaluationConcurrencyIT.class, EvaluationFixtures.class);
    }

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/JuryAssignments")
    private JuryAssignments juryAssignments;

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/JurySheets")
    private JurySheets jurySheets;

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/RoundResults")
    private RoundResults roundResults;

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/EvaluationSetup")
    private EvaluationSetup setup;

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/AuditTrail")
    private AuditTrail audit;

    /** Plain threads of a fixed pool, but made by the container so that they may call EJBs. */
    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    private ManagedThreadFactory threads;

    /** Deterministic, distinct-ish values per juror and entry, all within the paper criteria ranges. */
    private static Map<String, BigDecimal> values(int juror, long entry) {
        long k = juror * 31L + entry * 7L;
        return Map.of("INNOVATION", BigDecimal.valueOf(k % 31), "RIGOUR", BigDecimal.valueOf((k / 3) % 31),
                "VALUE", new BigDecimal((k % 25) + ".5"), "WRITING", BigDecimal.valueOf((k / 7) % 16));
    }

    private static BigDecimal sum(Map<String, BigDecimal> values) {
        return values.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void fiftyJurorsSubmittingAtOnceLoseNoScore() throws Exception {
        EvaluationFixtures f = new EvaluationFixtures(setup, ProgrammeKind.COMPETITION);
        long round = f.openRound(1, "初赛", EvaluationFixtures.PAPER_CRITERIA, false, 2, 10, null);
        for (int j = 0; j < JURORS; j++) {
            f.juror(round, "j" + j, "评审单位" + j, false);
        }
        for (int e = 0; e < JURORS; e++) {
            f.entry(round, "并发作品" + e, "选手" + e, "参赛学校" + e, null);
        }
        assertEquals(2 * JURORS, juryAssignments.assignAutomatically(round).assignments());
        Map<String, List<Long>> work = new HashMap<>();
        juryAssignments.assignments(round).forEach((entry, jurors) ->
                jurors.forEach(j -> work.computeIfAbsent(j, k -> new ArrayList<>()).add(entry)));
        assertEquals(JURORS, work.size(), "every juror has work");

        ExecutorService pool = Executors.newFixedThreadPool(JURORS, threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        try {
            for (int j = 0; j < JURORS; j++) {
                String username = f.user("j" + j);
                int index = j;
                results.add(pool.submit(() -> {
                    start.await();
                    int done = 0;
                    for (long entry : work.get(username)) {
                        jurySheets.saveDraft(username, round, entry, Map.of("INNOVATION", BigDecimal.ONE), null);
                        jurySheets.submit(username, round, entry, values(index, entry), null);
                        done++;
                    }
                    return done;
                }));
            }
            start.countDown();
            int submitted = 0;
            for (Future<Integer> r : results) {
                submitted += r.get(5, TimeUnit.MINUTES);
            }
            assertEquals(2 * JURORS, submitted);
        } finally {
            pool.shutdownNow();
        }

        List<SheetView> sheets = jurySheets.sheets(round);
        assertEquals(2 * JURORS, sheets.stream().filter(s -> s.status().equals("SUBMITTED")).count());
        for (SheetView s : sheets) {
            int juror = Integer.parseInt(s.juror().substring(1, s.juror().indexOf('-')));
            Map<String, BigDecimal> expected = values(juror, s.entryId());
            assertEquals(0, sum(expected).compareTo(s.total()), "total of " + s.juror() + " on " + s.entryId());
            expected.forEach((code, value) -> assertEquals(0, value.compareTo(s.scores().get(code)),
                    code + " of " + s.juror() + " on " + s.entryId()));
        }
        assertEquals(JURORS, roundResults.leaderboard(round).lines().stream().filter(l -> l.submittedSheets() == 2).count());
    }

    @Test
    void twoWritersOfTheSameSheetCannotBothWin() throws Exception {
        EvaluationFixtures f = new EvaluationFixtures(setup, ProgrammeKind.AWARD);
        long round = f.openRound(1, "初评", EvaluationFixtures.PAPER_CRITERIA, false, 1, 0, null);
        long entry = f.entry(round, "同一作品", "选手", "参赛单位", null);
        f.juror(round, "twin", "评审单位", false);
        String juror = f.user("twin");
        juryAssignments.assign(round, entry, juror);
        long version = jurySheets.saveDraft(juror, round, entry, Map.of("INNOVATION", BigDecimal.ONE), null).version();

        ExecutorService pool = Executors.newFixedThreadPool(2, threads);
        int conflicts = 0;
        try {
            for (int race = 0; race < 5; race++) {
                CountDownLatch start = new CountDownLatch(1);
                long base = version;
                List<Future<SheetView>> writers = new ArrayList<>();
                for (int w = 0; w < 2; w++) {
                    BigDecimal mark = BigDecimal.valueOf(race * 2 + w + 2);
                    Callable<SheetView> write = () -> {
                        start.await();
                        return jurySheets.saveDraft(juror, round, entry, Map.of("INNOVATION", mark, "WRITING", mark), base);
                    };
                    writers.add(pool.submit(write));
                }
                start.countDown();
                SheetView winner = null;
                int lost = 0;
                for (Future<SheetView> w : writers) {
                    try {
                        SheetView v = w.get(2, TimeUnit.MINUTES);
                        if (winner != null) {
                            fail("both writers of version " + base + " succeeded: " + winner + " and " + v);
                        }
                        winner = v;
                    } catch (ExecutionException e) {
                        assertTrue(e.getCause() instanceof EvaluationException, String.valueOf(e.getCause()));
                        EvaluationException conflict = (EvaluationException) e.getCause();
                        assertEquals(EvaluationException.Kind.CONFLICT, conflict.kind());
                        assertEquals(JurySheets.MSG_CONFLICT, conflict.getMessage());
                        lost++;
                    }
                }
                assertEquals(1, lost, "exactly one writer loses");
                conflicts += lost;
                SheetView stored = jurySheets.sheets(round).get(0);
                SheetView won = winner;
                assertEquals(won.scores().keySet(), stored.scores().keySet());
                won.scores().forEach((code, value) -> assertEquals(0, value.compareTo(stored.scores().get(code)),
                        "the winner's " + code + " is what is stored"));
                assertEquals(winner.version(), stored.version());
                assertTrue(stored.version() > base);
                version = stored.version();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(5, conflicts);
        long auditedConflicts = audit.forTarget(EvaluationAudit.TARGET_ATTEMPT, round + "/" + entry + "/" + juror).stream()
                .filter(a -> JurySheets.MSG_CONFLICT.equals(a.getDetail())).count();
        assertEquals(5, auditedConflicts, "every lost write is audited");

        // A stale version from an old screen is refused as well, without any race.
        EvaluationException stale = org.junit.jupiter.api.Assertions.assertThrows(EvaluationException.class,
                () -> jurySheets.saveDraft(juror, round, entry, Map.of("INNOVATION", BigDecimal.TEN), 0L));
        assertEquals(EvaluationException.Kind.CONFLICT, stale.kind());
    }
}
