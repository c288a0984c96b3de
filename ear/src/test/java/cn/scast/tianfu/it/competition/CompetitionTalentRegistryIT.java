package cn.scast.tianfu.it.competition;

import cn.scast.tianfu.platform.RefusedInput;
import cn.scast.tianfu.competition.CompetitionCatalogue;
import cn.scast.tianfu.competition.CompetitionEditions;
import cn.scast.tianfu.competition.CompetitionType;
import cn.scast.tianfu.competition.RegistrationForm;
import cn.scast.tianfu.competition.RegistrationService;
import cn.scast.tianfu.competition.RuralTalentRegistry;
import cn.scast.tianfu.competition.TalentView;
import cn.scast.tianfu.evaluation.EvaluationSetup;
import cn.scast.tianfu.evaluation.JuryAssignments;
import cn.scast.tianfu.evaluation.JurySheets;
import cn.scast.tianfu.evaluation.PublicNotices;
import cn.scast.tianfu.evaluation.RoundResults;
import cn.scast.tianfu.it.support.Deployments;
import cn.scast.tianfu.it.support.PlatformTest;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inside the server: a 乡土人才创新创业大赛 edition runs 市州初赛 → 省级决赛 on the engine; only after the final
 * has closed do its 金奖/银奖/铜奖 winners enter the 乡土人才库, once each.
 */
@PlatformTest
class CompetitionTalentRegistryIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(CompetitionTalentRegistryIT.class);
    }

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/CompetitionEditions")
    private CompetitionEditions editions;

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/RegistrationService")
    private RegistrationService registrations;

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/RuralTalentRegistry")
    private RuralTalentRegistry registry;

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/JuryAssignments")
    private JuryAssignments juryAssignments;

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/JurySheets")
    private JurySheets jurySheets;

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/RoundResults")
    private RoundResults roundResults;

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/EvaluationSetup")
    private EvaluationSetup setup;

    @EJB(lookup = "java:global/tianfu/tianfu-ejb/PublicNotices")
    private PublicNotices notices;

    private static RegistrationForm entrant(String title, String name, String county) {
        RegistrationForm f = new RegistrationForm();
        f.title = title;
        f.entrantName = name;
        f.countyCode = county;
        f.track = "乡村工匠与传统技艺";
        return f;
    }

    private static Map<String, BigDecimal> scores(int innovation, int benefit, int skill, int prospect) {
        return Map.of("INNOVATION", BigDecimal.valueOf(innovation), "BENEFIT", BigDecimal.valueOf(benefit),
                "SKILL", BigDecimal.valueOf(skill), "PROSPECT", BigDecimal.valueOf(prospect));
    }

    @Test
    void winnersEnterTheRegistryOnceAfterTheFinal() throws Exception {
        Instant now = Instant.now();
        long edition = editions.create(CompetitionType.RURAL, 2099, "测试乡土人才大赛", true,
                Map.of("510100", 5, "511800", 5), now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(2)));
        Map<String, Long> rounds = new LinkedHashMap<>();
        roundResults.roundNames().forEach((id, name) -> {
            if (name.startsWith("测试乡土人才大赛 · ")) {
                rounds.put(name.substring("测试乡土人才大赛 · ".length()), id);
            }
        });
        long preliminary = rounds.get("市州初赛");
        long last = rounds.get("省级决赛");
        long bamboo = registrations.register(edition, entrant("竹编非遗技艺", "钟师傅", "511803")).entryId();
        long lacquer = registrations.register(edition, entrant("漆器髹饰", "罗师傅", "510117")).entryId();
        long embroidery = registrations.register(edition, entrant("蜀绣创新设计", "谢大姐", "510121")).entryId();
        assertEquals(java.util.Set.of(bamboo, lacquer, embroidery), new java.util.HashSet<>(roundResults.entryIds(preliminary)));

        score(preliminary, "tr-prelim", Map.of(bamboo, scores(20, 20, 20, 10), lacquer, scores(25, 25, 20, 12),
                embroidery, scores(28, 28, 22, 14)));
        roundResults.advance(preliminary);
        score(last, "tr-final", Map.of(bamboo, scores(29, 29, 24, 14), lacquer, scores(20, 20, 20, 10),
                embroidery, scores(25, 25, 20, 12)));

        setup.reschedule(last, now.minus(Duration.ofHours(1)), Instant.now().minusMillis(1));
        RefusedInput unpublished = assertThrows(RefusedInput.class, () -> registry.enterWinners(edition));
        assertTrue(unpublished.getMessage().contains("正式公布后"), unpublished.getMessage());
        // 公示 over a period already past, no objections: the results can be published at once.
        notices.open(edition, Instant.now().minus(Duration.ofDays(8)), Instant.now().minus(Duration.ofDays(1)));
        assertThrows(RefusedInput.class, () -> registry.enterWinners(edition), "on notice, not yet published");
        notices.publish(edition);

        assertEquals(3, registry.enterWinners(edition));
        assertEquals(0, registry.enterWinners(edition), "entering again adds nobody");

        List<TalentView> chengdu = registry.talents("510100");
        assertEquals(2, chengdu.stream().filter(t -> t.editionId() == edition).count());
        TalentView gold = registry.talents("511800").stream().filter(t -> t.editionId() == edition).findFirst()
                .orElseThrow();
        assertEquals("钟师傅", gold.name());
        assertEquals("金奖", gold.tier());
        assertEquals("511803", gold.countyCode());
        assertTrue(CompetitionCatalogue.RURAL_TRACKS.contains("乡村工匠与传统技艺"));
    }

    /** One juror scores every entry of a round and submits. */
    private void score(long round, String juror, Map<Long, Map<String, BigDecimal>> sheets) {
        setup.addJuror(round, juror, "测试评委", "四川省农业科学院", CompetitionCatalogue.RURAL_TRACKS, false);
        sheets.forEach((entry, values) -> {
            juryAssignments.assign(round, entry, juror);
            jurySheets.submit(juror, round, entry, values, null);
        });
    }
}
