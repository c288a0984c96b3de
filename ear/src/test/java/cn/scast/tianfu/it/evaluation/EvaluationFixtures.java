package cn.scast.tianfu.it.evaluation;

import cn.scast.tianfu.evaluation.EvaluationSetup;
import cn.scast.tianfu.evaluation.RoundSpec;
import cn.scast.tianfu.evaluation.model.ProgrammeKind;
import cn.scast.tianfu.evaluation.ranking.AdvancementPolicy;
import cn.scast.tianfu.evaluation.scoring.Criterion;
import cn.scast.tianfu.evaluation.scoring.FormType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Builds small, independent evaluation set-ups; every one has its own programme, so tests never collide. */
final class EvaluationFixtures {

    static final List<Criterion> PAPER_CRITERIA = List.of(
            new Criterion("INNOVATION", "创新性", 1, 0, 30),
            new Criterion("RIGOUR", "科学性", 1, 0, 30),
            new Criterion("VALUE", "应用价值", 1, 0, 25),
            new Criterion("WRITING", "写作规范", 1, 0, 15));

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private final EvaluationSetup setup;
    final long edition;
    final long category;
    final String tag;

    EvaluationFixtures(EvaluationSetup setup, ProgrammeKind kind) {
        this(setup, kind, null);
    }

    /** @param programmeName a name other tests can find the edition by ("name 2024"), or null for a unique one */
    EvaluationFixtures(EvaluationSetup setup, ProgrammeKind kind, String programmeName) {
        this.setup = setup;
        this.tag = "t" + SEQUENCE.incrementAndGet();
        String name = programmeName == null ? "测试评审项目 " + tag : programmeName;
        long programme = setup.createProgramme(kind, name);
        this.edition = setup.createEdition(programme, 2024, name + " 2024");
        this.category = setup.createCategory(edition, "GEN", "综合");
    }

    /** A unique username for this fixture (jurors need not have accounts for service-level tests). */
    String user(String name) {
        return name + "-" + tag;
    }

    long openRound(int seq, String name, List<Criterion> criteria, boolean blind, int jurorsPerEntry,
                   int advancingPlaces, String tierScheme) {
        Instant now = Instant.now();
        return setup.createRound(edition, new RoundSpec(seq, name, now.minus(Duration.ofHours(1)),
                now.plus(Duration.ofDays(7)), FormType.WEIGHTED, criteria, blind, jurorsPerEntry, advancingPlaces,
                AdvancementPolicy.INCLUDE_ALL_TIED, "HIGHER_RAW_MEAN", tierScheme));
    }

    /** An open round without criteria, for pass/fail and ranking forms. */
    long openRound(int seq, String name, FormType form, int advancingPlaces, String tierScheme) {
        Instant now = Instant.now();
        return setup.createRound(edition, new RoundSpec(seq, name, now.minus(Duration.ofHours(1)),
                now.plus(Duration.ofDays(7)), form, List.of(), false, 1, advancingPlaces,
                AdvancementPolicy.INCLUDE_ALL_TIED, null, tierScheme));
    }

    long entry(Long round, String title, String entrant, String organisation, String recommendingUnit) {
        return setup.createEntry(edition, category, round, title, entrant, organisation, recommendingUnit);
    }

    long juror(long round, String name, String organisation, boolean chair) {
        return setup.addJuror(round, user(name), name, organisation, List.of("GEN"), chair);
    }
}
