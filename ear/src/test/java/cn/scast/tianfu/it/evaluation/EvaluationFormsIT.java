package cn.scast.tianfu.it.evaluation;

import cn.scast.tianfu.evaluation.EvaluationAudit;
import cn.scast.tianfu.evaluation.EvaluationException;
import cn.scast.tianfu.evaluation.EvaluationSetup;
import cn.scast.tianfu.evaluation.JuryAssignments;
import cn.scast.tianfu.evaluation.JurySheets;
import cn.scast.tianfu.evaluation.Leaderboard;
import cn.scast.tianfu.evaluation.LeaderboardLine;
import cn.scast.tianfu.evaluation.RoundResults;
import cn.scast.tianfu.evaluation.SheetView;
import cn.scast.tianfu.evaluation.model.ProgrammeKind;
import cn.scast.tianfu.evaluation.scoring.FormType;
import cn.scast.tianfu.it.support.Deployments;
import cn.scast.tianfu.it.support.PlatformTest;
import cn.scast.tianfu.platform.AuditTrail;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pass/fail and ranking rounds scored through the service on real persistence, ranked and advanced. */
@PlatformTest
class EvaluationFormsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(EvaluationFormsIT.class, EvaluationFixtures.class);
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

    private static LeaderboardLine line(Leaderboard board, long entry) {
        return board.lines().stream().filter(l -> l.entryId() == entry).findFirst().orElseThrow();
    }

    /**
     * Two jurors rank the same three entries. A: e1, e2, e3; B: e2, e3, e1. Rank totals 100/50/0 give each
     * juror z = +1.2247, 0, −1.2247, so e2 = (0 + 1.2247)/2 = 0.6124, e1 = (1.2247 − 1.2247)/2 = 0,
     * e3 = (−1.2247 + 0)/2 = −0.6124: e2 first and the only one of one advancing place.
     */
    @Test
    void rankingRoundLocksWholeRankingsRanksAndAdvances() {
        EvaluationFixtures f = new EvaluationFixtures(setup, ProgrammeKind.COMPETITION);
        long round = f.openRound(1, "初赛", FormType.RANKING, 1, null);
        long finals = f.openRound(2, "决赛", FormType.PASS_FAIL, 0, null);
        long e1 = f.entry(round, "智能灌溉小车", "王小川", "成都七中", null);
        long e2 = f.entry(round, "川西高原植被监测", "李蓉", "绵阳中学", null);
        long e3 = f.entry(round, "垃圾分类识别器", "赵宇", "树德中学", null);
        long other = f.entry(round, "未分配的作品", "钱多", "石室中学", null);
        f.juror(round, "a", "四川师范大学", true);
        f.juror(round, "b", "西华大学", false);
        for (long e : List.of(e1, e2, e3)) {
            juryAssignments.assign(round, e, f.user("a"));
            juryAssignments.assign(round, e, f.user("b"));
        }
        String a = f.user("a");
        String b = f.user("b");

        EvaluationException single = assertThrows(EvaluationException.class,
                () -> jurySheets.submit(a, round, e1, Map.of("RANK", BigDecimal.ONE), null));
        assertEquals(JurySheets.MSG_RANK_ALL, single.getMessage());

        EvaluationException twice = assertThrows(EvaluationException.class,
                () -> jurySheets.saveRankingDraft(a, round, Map.of(e1, 1, e2, 1)));
        assertTrue(twice.getMessage().startsWith("名次 1 被重复使用"), twice.getMessage());
        EvaluationException outside = assertThrows(EvaluationException.class,
                () -> jurySheets.saveRankingDraft(a, round, Map.of(e1, 4)));
        assertEquals("作品「智能灌溉小车」的名次 4 超出范围 1–3", outside.getMessage());
        assertEquals(String.valueOf(e1), outside.field());
        EvaluationException unassigned = assertThrows(EvaluationException.class,
                () -> jurySheets.submitRanking(a, round, Map.of(e1, 1, e2, 2, e3, 3, other, 4)));
        assertEquals(JurySheets.MSG_NOT_ASSIGNED, unassigned.getMessage());
        assertFalse(audit.forTarget(EvaluationAudit.TARGET_ATTEMPT, round + "/ranking/" + a).isEmpty(),
                "refused rankings are audited");

        List<SheetView> drafts = jurySheets.saveRankingDraft(a, round, Map.of(e1, 1));
        assertEquals(1, drafts.size());
        assertEquals("DRAFT", drafts.get(0).status());
        EvaluationException incomplete = assertThrows(EvaluationException.class,
                () -> jurySheets.submitRanking(a, round, Map.of(e1, 1, e2, 2)));
        assertEquals("作品「垃圾分类识别器」尚未排定名次", incomplete.getMessage());

        List<SheetView> submitted = jurySheets.submitRanking(a, round, Map.of(e1, 1, e2, 2, e3, 3));
        assertEquals(3, submitted.size());
        assertTrue(submitted.stream().allMatch(s -> s.status().equals("SUBMITTED")));
        assertEquals(0, new BigDecimal("50").compareTo(
                submitted.stream().filter(s -> s.entryId() == e2).findFirst().orElseThrow().total()));
        EvaluationException locked = assertThrows(EvaluationException.class,
                () -> jurySheets.submitRanking(a, round, Map.of(e1, 3, e2, 2, e3, 1)));
        assertEquals(JurySheets.MSG_LOCKED, locked.getMessage());
        jurySheets.submitRanking(b, round, Map.of(e2, 1, e3, 2, e1, 3));

        Leaderboard board = roundResults.leaderboard(round);
        double z = Math.sqrt(1.5);
        assertEquals(List.of(e2, e1, e3), board.lines().stream().filter(LeaderboardLine::ranked)
                .map(LeaderboardLine::entryId).toList());
        assertEquals(z / 2, line(board, e2).zScore(), 1e-6);
        assertEquals(0.0, line(board, e1).zScore(), 1e-6);
        assertEquals(-z / 2, line(board, e3).zScore(), 1e-6);
        assertTrue(line(board, e2).advanced());
        assertFalse(line(board, e1).advanced());

        assertEquals(List.of(e2), roundResults.advance(round).advancedEntryIds());
        assertEquals(List.of(e2), roundResults.entryIds(finals));
    }

    /** Verdicts: A passes p1 and p2, B only p1; p3 fails twice. Pass rates 100 %, 50 %, 0 %; two places advance. */
    @Test
    void passFailRoundTakesVerdictsAndRanksByPassRate() {
        EvaluationFixtures f = new EvaluationFixtures(setup, ProgrammeKind.AWARD);
        long round = f.openRound(1, "形式审查", FormType.PASS_FAIL, 2, null);
        f.openRound(2, "初评", FormType.RANKING, 0, null);
        long p1 = f.entry(round, "甲申报书", "张三", "四川农业大学", null);
        long p2 = f.entry(round, "乙申报书", "李四", "西华大学", null);
        long p3 = f.entry(round, "丙申报书", "王五", "成都大学", null);
        f.juror(round, "a", "四川师范大学", false);
        f.juror(round, "b", "西南科技大学", false);
        for (long e : List.of(p1, p2, p3)) {
            juryAssignments.assign(round, e, f.user("a"));
            juryAssignments.assign(round, e, f.user("b"));
        }
        String a = f.user("a");
        String b = f.user("b");

        EvaluationException undecided = assertThrows(EvaluationException.class,
                () -> jurySheets.submitVerdict(a, round, p1, null, null));
        assertEquals(JurySheets.MSG_VERDICT_MISSING, undecided.getMessage());
        EvaluationException two = assertThrows(EvaluationException.class,
                () -> jurySheets.saveDraft(a, round, p1, Map.of("PASS", new BigDecimal("2")), null));
        assertEquals(JurySheets.MSG_VERDICT, two.getMessage());
        EvaluationException unknown = assertThrows(EvaluationException.class,
                () -> jurySheets.saveDraft(a, round, p1, Map.of("INNOVATION", BigDecimal.ONE), null));
        assertEquals("INNOVATION", unknown.field());

        SheetView draft = jurySheets.saveVerdictDraft(a, round, p1, false, null);
        assertEquals("DRAFT", draft.status());
        SheetView passed = jurySheets.submitVerdict(a, round, p1, true, draft.version());
        assertEquals(0, new BigDecimal("100").compareTo(passed.total()));
        EvaluationException locked = assertThrows(EvaluationException.class,
                () -> jurySheets.submitVerdict(a, round, p1, false, null));
        assertEquals(JurySheets.MSG_LOCKED, locked.getMessage());
        jurySheets.submitVerdict(a, round, p2, true, null);
        jurySheets.submitVerdict(a, round, p3, false, null);
        jurySheets.submitVerdict(b, round, p1, true, null);
        jurySheets.submitVerdict(b, round, p2, false, null);
        jurySheets.submitVerdict(b, round, p3, false, null);

        Leaderboard board = roundResults.leaderboard(round);
        assertEquals(List.of(p1, p2, p3), board.lines().stream().map(LeaderboardLine::entryId).toList());
        assertEquals(List.of(1, 2, 3), board.lines().stream().map(LeaderboardLine::rank).toList());
        assertEquals(50.0, line(board, p2).rawMean(), 1e-9);
        assertTrue(line(board, p2).advanced());
        assertFalse(line(board, p3).advanced());
        assertEquals(2, roundResults.advance(round).advancedEntryIds().size());
    }
}
