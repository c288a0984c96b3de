package cn.scast.tianfu.it.evaluation;

import cn.scast.tianfu.evaluation.AdvanceResult;
import cn.scast.tianfu.evaluation.AssignmentSummary;
import cn.scast.tianfu.evaluation.EvaluationAudit;
import cn.scast.tianfu.evaluation.EvaluationException;
import cn.scast.tianfu.evaluation.EvaluationSetup;
import cn.scast.tianfu.evaluation.JurorEntryView;
import cn.scast.tianfu.evaluation.JuryAssignments;
import cn.scast.tianfu.evaluation.JurySheets;
import cn.scast.tianfu.evaluation.Leaderboard;
import cn.scast.tianfu.evaluation.LeaderboardLine;
import cn.scast.tianfu.evaluation.RoundResults;
import cn.scast.tianfu.evaluation.SheetView;
import cn.scast.tianfu.evaluation.model.ProgrammeKind;
import cn.scast.tianfu.evaluation.scoring.Criterion;
import cn.scast.tianfu.it.support.Deployments;
import cn.scast.tianfu.it.support.PlatformTest;
import cn.scast.tianfu.platform.AuditEntry;
import cn.scast.tianfu.platform.AuditTrail;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Inside the server: the evaluation rules on real persistence (MariaDB), transactions and audit trail. */
@PlatformTest
class EvaluationRulesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(EvaluationRulesIT.class, EvaluationFixtures.class);
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

    private static Map<String, BigDecimal> paper(double innovation, double rigour, double value, double writing) {
        return Map.of("INNOVATION", BigDecimal.valueOf(innovation), "RIGOUR", BigDecimal.valueOf(rigour),
                "VALUE", BigDecimal.valueOf(value), "WRITING", BigDecimal.valueOf(writing));
    }

    /** A round with one juror assigned to entry "a" only, and an entry "b" nobody gave them. */
    private record Solo(EvaluationFixtures f, long round, String juror, long assigned, long other) {
    }

    private Solo solo(boolean blind) {
        EvaluationFixtures f = new EvaluationFixtures(setup, ProgrammeKind.AWARD);
        long round = f.openRound(1, "初评", EvaluationFixtures.PAPER_CRITERIA, blind, 1, 0, null);
        long a = f.entry(round, "甲论文", "张三", "四川农业大学", null);
        long b = f.entry(round, "乙论文", "李四", "西华大学", null);
        f.juror(round, "solo", "四川师范大学", false);
        juryAssignments.assign(round, a, f.user("solo"));
        return new Solo(f, round, f.user("solo"), a, b);
    }

    private List<AuditEntry> attempts(long round, long entry, String juror) {
        return audit.forTarget(EvaluationAudit.TARGET_ATTEMPT, round + "/" + entry + "/" + juror);
    }

    @Test
    void automaticAssignmentAvoidsSameOrganisationAndBalancesLoads() {
        EvaluationFixtures f = new EvaluationFixtures(setup, ProgrammeKind.COMPETITION);
        long round = f.openRound(1, "初赛", EvaluationFixtures.PAPER_CRITERIA, false, 2, 0, null);
        f.juror(round, "scu", "四川大学", false);
        f.juror(round, "uestc", "电子科技大学", false);
        f.juror(round, "swjtu", "西南交通大学", false);
        Map<Long, String> organisationOf = new HashMap<>();
        String[][] entries = {{"四川大学", null}, {"四川大学", null}, {"成都中学", "电子科技大学"},
                {"绵阳中学", null}, {"德阳中学", null}, {"西南交通大学", null}};
        int i = 0;
        for (String[] e : entries) {
            long id = f.entry(round, "作品" + i++, "选手", e[0], e[1]);
            organisationOf.put(id, e[0] + "|" + e[1]);
        }

        AssignmentSummary summary = juryAssignments.assignAutomatically(round);

        assertEquals(12, summary.assignments());
        assertTrue(summary.shortfalls().isEmpty(), summary.shortfalls().toString());
        Map<Long, List<String>> byEntry = juryAssignments.assignments(round);
        Map<String, String> jurorOrganisation = Map.of(f.user("scu"), "四川大学", f.user("uestc"), "电子科技大学",
                f.user("swjtu"), "西南交通大学");
        for (Map.Entry<Long, List<String>> e : byEntry.entrySet()) {
            assertEquals(2, e.getValue().size(), "two jurors for entry " + e.getKey());
            for (String juror : e.getValue()) {
                String org = jurorOrganisation.get(juror);
                assertFalse(organisationOf.get(e.getKey()).contains(org),
                        juror + " judges entry " + e.getKey() + " of " + organisationOf.get(e.getKey()));
            }
        }
        Map<String, Long> loads = byEntry.values().stream().flatMap(List::stream)
                .collect(Collectors.groupingBy(j -> j, Collectors.counting()));
        assertEquals(Set.of(4L), Set.copyOf(loads.values()), "balanced loads " + loads);
        assertEquals(summary.loads().values().stream().mapToInt(Integer::intValue).sum(), 12);

        // By hand, the conflict rules apply too: the 四川大学 juror may not take a 四川大学 entry.
        long scuEntry = byEntry.keySet().stream().filter(id -> organisationOf.get(id).startsWith("四川大学"))
                .findFirst().orElseThrow();
        EvaluationException refused = assertThrows(EvaluationException.class,
                () -> juryAssignments.assign(round, scuEntry, f.user("scu")));
        assertTrue(refused.getMessage().contains("同单位回避"), refused.getMessage());
    }

    @Test
    void jurorCannotScoreAnUnassignedOrRecusedEntry() {
        Solo s = solo(false);

        EvaluationException unassigned = assertThrows(EvaluationException.class,
                () -> jurySheets.saveDraft(s.juror(), s.round(), s.other(), paper(20, 20, 20, 10), null));
        assertEquals("未分配给您的作品不能评分", unassigned.getMessage());
        assertEquals(1, attempts(s.round(), s.other(), s.juror()).size(), "refusal audited");

        jurySheets.declareRecusal(s.juror(), s.round(), s.assigned(), "与申报人为师生关系");
        EvaluationException recused = assertThrows(EvaluationException.class,
                () -> jurySheets.saveDraft(s.juror(), s.round(), s.assigned(), paper(20, 20, 20, 10), null));
        assertEquals("您已申请回避该作品", recused.getMessage());
        List<AuditEntry> audited = attempts(s.round(), s.assigned(), s.juror());
        assertEquals(1, audited.size());
        assertEquals(JurySheets.ACTION_REJECTED, audited.get(0).getAction());
        assertEquals("您已申请回避该作品", audited.get(0).getDetail());
        assertTrue(jurySheets.sheets(s.round()).isEmpty(), "nothing stored");
        assertTrue(jurySheets.myEntries(s.juror()).isEmpty(), "recused entry no longer listed");
        assertTrue(roundResults.leaderboard(s.round()).lines().stream()
                .anyMatch(l -> l.recusals() != null && l.recusals().contains("与申报人为师生关系")));
    }

    @Test
    void outOfRangeAndTooPreciseScoresAreRejectedWithTheFormMessage() {
        Solo s = solo(false);

        EvaluationException high = assertThrows(EvaluationException.class,
                () -> jurySheets.submit(s.juror(), s.round(), s.assigned(), paper(35, 20, 20, 10), null));
        assertEquals("评分项「创新性」的分数 35 超出范围 0–30", high.getMessage());
        assertEquals("INNOVATION", high.field());

        EvaluationException precise = assertThrows(EvaluationException.class,
                () -> jurySheets.saveDraft(s.juror(), s.round(), s.assigned(), Map.of("RIGOUR", new BigDecimal("12.25")), null));
        assertEquals("评分项「科学性」的分数 12.25 最多保留一位小数", precise.getMessage());
        assertEquals("RIGOUR", precise.field());

        Map<String, BigDecimal> incomplete = Map.of("INNOVATION", BigDecimal.TEN);
        EvaluationException missing = assertThrows(EvaluationException.class,
                () -> jurySheets.submit(s.juror(), s.round(), s.assigned(), incomplete, null));
        assertEquals("评分项「科学性」未打分", missing.getMessage());
        assertEquals(3, attempts(s.round(), s.assigned(), s.juror()).size());

        // a partial draft is fine and has no total yet
        SheetView draft = jurySheets.saveDraft(s.juror(), s.round(), s.assigned(), incomplete, null);
        assertEquals("DRAFT", draft.status());
        assertNull(draft.total());
    }

    @Test
    void submittedSheetIsLocked() {
        Solo s = solo(false);
        SheetView submitted = jurySheets.submit(s.juror(), s.round(), s.assigned(), paper(25, 24.5, 20, 12), null);
        assertEquals("SUBMITTED", submitted.status());
        assertEquals(0, new BigDecimal("81.5").compareTo(submitted.total()));

        EvaluationException locked = assertThrows(EvaluationException.class,
                () -> jurySheets.saveDraft(s.juror(), s.round(), s.assigned(), paper(30, 30, 25, 15), null));
        assertEquals("评分已提交，不能修改", locked.getMessage());
        assertThrows(EvaluationException.class,
                () -> jurySheets.submit(s.juror(), s.round(), s.assigned(), paper(30, 30, 25, 15), null));

        SheetView stored = jurySheets.sheets(s.round()).get(0);
        assertEquals(0, new BigDecimal("81.5").compareTo(stored.total()), "unchanged");
        assertEquals(0, new BigDecimal("24.5").compareTo(stored.scores().get("RIGOUR")));
    }

    @Test
    void chairOverrideNeedsChairAndReasonAndIsAuditedWithBeforeAndAfter() {
        Solo s = solo(false);
        s.f().juror(s.round(), "chair", "四川省科协", true);
        String chair = s.f().user("chair");
        SheetView sheet = jurySheets.submit(s.juror(), s.round(), s.assigned(), paper(25, 24, 20, 12), null);

        EvaluationException notChair = assertThrows(EvaluationException.class,
                () -> jurySheets.override(s.juror(), sheet.sheetId(), paper(10, 10, 10, 10), "想改", null));
        assertEquals("只有本轮评审组长可以改分", notChair.getMessage());
        EvaluationException noReason = assertThrows(EvaluationException.class,
                () -> jurySheets.override(chair, sheet.sheetId(), paper(10, 10, 10, 10), " ", null));
        assertEquals("改分必须填写理由", noReason.getMessage());

        SheetView changed = jurySheets.override(chair, sheet.sheetId(), paper(20, 20, 20, 10), "评委误将创新性与科学性对调", null);

        assertTrue(changed.overridden());
        assertEquals(0, BigDecimal.valueOf(70).compareTo(changed.total()));
        List<AuditEntry> trail = audit.forTarget(EvaluationAudit.TARGET_SHEET, sheet.sheetId());
        assertEquals(1, trail.size());
        AuditEntry entry = trail.get(0);
        assertEquals(JurySheets.ACTION_OVERRIDE, entry.getAction());
        assertTrue(entry.getBeforeState().contains("\"total\":81"), entry.getBeforeState());
        assertTrue(entry.getAfterState().contains("\"total\":70"), entry.getAfterState());
        assertTrue(entry.getDetail().contains("评委误将创新性与科学性对调") && entry.getDetail().contains(chair),
                entry.getDetail());
        assertEquals(2, audit.forTarget(EvaluationAudit.TARGET_ATTEMPT, "sheet/" + sheet.sheetId()).size(),
                "both refused overrides audited");
    }

    @Test
    void scoringAfterTheRoundClosedIsRejected() {
        Solo s = solo(false);
        jurySheets.saveDraft(s.juror(), s.round(), s.assigned(), Map.of("INNOVATION", BigDecimal.TEN), null);
        Instant now = Instant.now();
        setup.reschedule(s.round(), now.minus(Duration.ofDays(10)), now.minus(Duration.ofSeconds(1)));

        EvaluationException closed = assertThrows(EvaluationException.class,
                () -> jurySheets.submit(s.juror(), s.round(), s.assigned(), paper(25, 24, 20, 12), null));

        assertEquals("本轮评审已截止", closed.getMessage());
        assertEquals("DRAFT", jurySheets.sheets(s.round()).get(0).status());
        assertTrue(jurySheets.myEntries(s.juror()).isEmpty(), "closed rounds are not listed");
        assertEquals(1, attempts(s.round(), s.assigned(), s.juror()).size());
    }

    @Test
    void blindRoundHidesTheEntrantFromTheJuror() {
        Solo blind = solo(true);
        Solo open = solo(false);

        JurorEntryView hidden = jurySheets.myEntries(blind.juror()).get(0);
        JurorEntryView shown = jurySheets.myEntries(open.juror()).get(0);

        assertTrue(hidden.blind());
        assertEquals("甲论文", hidden.title());
        assertNull(hidden.entrantName());
        assertNull(hidden.organisation());
        assertNull(hidden.recommendingUnit());
        assertFalse(hidden.toString().contains("张三") || hidden.toString().contains("四川农业大学"), hidden.toString());
        assertNull(jurySheets.entryForJuror(blind.juror(), blind.round(), blind.assigned()).entrantName());
        assertEquals("张三", shown.entrantName());
        assertEquals("四川农业大学", shown.organisation());
    }

    /**
     * Hand example: one criterion 0–100. Juror a (strict, narrow) gives E1 62, E2 60, E3 58; juror b gives
     * E1 70, E2 95, E3 90. a: mean 60, σ = √(8/3) = 1.63299, z = +1.22474, 0, −1.22474. b: mean 85,
     * σ = √(350/3) = 10.80123, z = −1.38873, +0.92582, +0.46291. Entry means of z: E1 −0.08199, E2 +0.46291,
     * E3 −0.38092, so the ranking is E2, E1, E3 although by raw mean (66, 77.5, 74) E3 would beat E1.
     */
    @Test
    void leaderboardMatchesAHandComputedNormalisedRankingAndAdvances() {
        EvaluationFixtures f = new EvaluationFixtures(setup, ProgrammeKind.COMPETITION);
        List<Criterion> single = List.of(new Criterion("OVERALL", "综合评价", 1, 0, 100));
        long round = f.openRound(1, "初赛", single, false, 2, 2, "QUOTA:一等奖=1;二等奖=1");
        long finalRound = f.openRound(2, "决赛", single, false, 2, 0, null);
        long e1 = f.entry(round, "E1", "甲", "学校一", null);
        long e2 = f.entry(round, "E2", "乙", "学校二", null);
        long e3 = f.entry(round, "E3", "丙", "学校三", null);
        f.juror(round, "a", "评审单位甲", false);
        f.juror(round, "b", "评审单位乙", true);
        assertEquals(6, juryAssignments.assignAutomatically(round).assignments());
        double[][] scores = {{62, 60, 58}, {70, 95, 90}};
        long[] ids = {e1, e2, e3};
        String[] jurors = {f.user("a"), f.user("b")};
        for (int j = 0; j < 2; j++) {
            for (int e = 0; e < 3; e++) {
                jurySheets.submit(jurors[j], round, ids[e], Map.of("OVERALL", BigDecimal.valueOf(scores[j][e])), null);
            }
        }

        Leaderboard board = roundResults.leaderboard(round);

        List<LeaderboardLine> lines = board.lines();
        assertEquals(List.of(e2, e1, e3), lines.stream().map(LeaderboardLine::entryId).toList());
        assertEquals(List.of(1, 2, 3), lines.stream().map(LeaderboardLine::rank).toList());
        assertEquals(77.5, lines.get(0).rawMean(), 1e-9);
        assertEquals(66.0, lines.get(1).rawMean(), 1e-9);
        assertEquals(0.46291, lines.get(0).zScore(), 1e-5);
        assertEquals(-0.08199, lines.get(1).zScore(), 1e-5);
        assertEquals(-0.38092, lines.get(2).zScore(), 1e-5);
        assertEquals(54.6291, lines.get(0).normalisedScore(), 1e-4);
        assertEquals("一等奖", lines.get(0).tier());
        assertEquals("二等奖", lines.get(1).tier());
        assertNull(lines.get(2).tier());
        assertEquals(List.of(true, true, false), lines.stream().map(LeaderboardLine::advanced).toList());
        assertEquals(2, lines.get(0).submittedSheets());

        AdvanceResult advanced = roundResults.advance(round);

        assertEquals(finalRound, advanced.nextRoundId());
        assertEquals(Set.of(e2, e1), Set.copyOf(advanced.advancedEntryIds()));
        assertEquals(Set.of(e1, e2), Set.copyOf(roundResults.entryIds(finalRound)));
        assertEquals(0, roundResults.advance(round).advancedEntryIds().size(), "advancing twice adds nothing");
        EvaluationException last = assertThrows(EvaluationException.class, () -> roundResults.advance(finalRound));
        assertTrue(last.getMessage().contains("最后一轮"), last.getMessage());
    }

    @Test
    void demoAwardIsThereWithItsJurorsAssigned() {
        List<JurorEntryView> mine = jurySheets.myEntries("juror1");
        assertFalse(mine.isEmpty());
        assertTrue(mine.stream().allMatch(v -> v.blind() && v.entrantName() == null));
        assertTrue(mine.stream().noneMatch(v -> v.title().equals("面向川渝地区的多源遥感影像智能解译方法")),
                "juror1 (四川大学) never gets a 四川大学 paper");
        assertEquals(4, jurySheets.criteria(mine.get(0).roundId()).size());
    }
}
