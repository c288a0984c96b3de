package cn.scast.tianfu.it.award;

import cn.scast.tianfu.award.AwardEditions;
import cn.scast.tianfu.award.AwardType;
import cn.scast.tianfu.award.NominationForm;
import cn.scast.tianfu.award.NominationService;
import cn.scast.tianfu.award.NominationView;
import cn.scast.tianfu.award.QuotaSpec;
import cn.scast.tianfu.platform.RefusedInput;
import cn.scast.tianfu.evaluation.RoundResults;
import cn.scast.tianfu.it.support.Deployments;
import cn.scast.tianfu.it.support.PlatformTest;
import cn.scast.tianfu.platform.AuditEntry;
import cn.scast.tianfu.platform.AuditTrail;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inside the server: an accepted nomination is an engine entry of the first round; a refused one leaves
 * no entry behind and is audited with its reason; 最美科技工作者 is a 差额评审 whose final names the places.
 */
@PlatformTest
class NominationAuditIT {

    private static final AtomicInteger YEAR = new AtomicInteger(2080);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(NominationAuditIT.class);
    }

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/AwardEditions")
    private AwardEditions editions;

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/NominationService")
    private NominationService nominations;

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/RoundResults")
    private RoundResults roundResults;

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/AuditTrail")
    private AuditTrail audit;

    private long edition(AwardType type, Integer places, int quota) {
        Instant now = Instant.now();
        int year = YEAR.incrementAndGet();
        return editions.create(type, year, "测试" + type + year, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31),
                places, List.of(new QuotaSpec("S010", "测试学会", "SOCIETY", quota)), now.minus(Duration.ofHours(1)),
                now.plus(Duration.ofDays(3)));
    }

    private static NominationForm form(String category, String title, String name, String published) {
        NominationForm f = new NominationForm();
        f.unitCode = "S010";
        f.categoryCode = category;
        f.title = title;
        f.nomineeName = name;
        f.nomineeUnit = "四川农业大学";
        f.regionCode = "511800";
        f.authorRole = "通讯作者";
        f.publishedOn = published == null ? null : LocalDate.parse(published);
        return f;
    }

    @Test
    void acceptedNominationIsAnEntryOfTheFirstRound() throws Exception {
        long edition = edition(AwardType.PAPER, null, 3);
        long firstRound = roundResults.roundNames().entrySet().stream()
                .filter(e -> e.getValue().startsWith("测试PAPER")).map(java.util.Map.Entry::getKey).max(Long::compare)
                .orElseThrow();

        NominationView n = nominations.nominate(edition, form("AGR", "茶树抗寒品种选育", "罗敏", "2024-05-05"));

        assertTrue(n.created());
        assertTrue(roundResults.entryIds(firstRound).contains(n.entryId()), "entry in 初评");
        assertEquals(1, audit.forTarget("awd_nomination", n.id()).size(), "nomination audited");
    }

    @Test
    void refusedNominationIsAuditedAndLeavesNoEntry() throws Exception {
        long edition = edition(AwardType.PAPER, null, 3);
        int entriesBefore = nominations.nominations(edition).size();

        RefusedInput refused = assertThrows(RefusedInput.class,
                () -> nominations.nominate(edition, form("AGR", "过期论文", "罗敏", "2023-12-31")));

        assertEquals("publishedOn", refused.field());
        assertEquals(entriesBefore, nominations.nominations(edition).size());
        List<AuditEntry> audited = audit.forTarget(NominationService.TARGET, edition).stream()
                .filter(a -> a.getAction().equals(NominationService.ACTION_REFUSED)).toList();
        assertEquals(1, audited.size());
        assertEquals(NominationService.ACTION_REFUSED, audited.get(0).getAction());
        assertTrue(audited.get(0).getDetail().contains("不在本届征集范围"), audited.get(0).getDetail());
        assertTrue(audited.get(0).getAfterState().contains("过期论文"), audited.get(0).getAfterState());
    }

    @Test
    void importsKeepAnIdenticalNominationButRefuseAnotherPaperOfTheSamePerson() {
        long edition = edition(AwardType.SOCIETY, 5, 3);
        NominationForm society = form("SOC", "四川省茶叶学会", "四川省茶叶学会", null);

        NominationView first = nominations.nominate(edition, society, true);
        NominationView again = nominations.nominate(edition, society, true);

        assertTrue(first.created());
        assertFalse(again.created());
        assertEquals(first.id(), again.id());
        assertThrows(RefusedInput.class, () -> nominations.nominate(edition, society, false));
    }

    @Test
    void mostBeautifulWorkerIsAShortlistWhoseFinalNamesThePlaces() {
        edition(AwardType.WORKER, 4, 10);
        String prefix = "测试WORKER" + YEAR.get() + " · ";

        java.util.Map<String, Long> rounds = new java.util.HashMap<>();
        roundResults.roundNames().forEach((id, name) -> {
            if (name.startsWith(prefix)) {
                rounds.put(name.substring(prefix.length()), id);
            }
        });

        assertEquals(java.util.Set.of("初评", "终评"), rounds.keySet());
        assertEquals(8, roundResults.leaderboard(rounds.get("初评")).advancingPlaces(), "twice the places go to 终评");
        assertTrue(roundResults.leaderboard(rounds.get("初评")).hasNextRound());
        assertFalse(roundResults.leaderboard(rounds.get("终评")).hasNextRound());
    }
}
