package cn.scast.tianfu.competition;

import cn.scast.tianfu.evaluation.RoundSpec;
import cn.scast.tianfu.evaluation.ranking.AdvancementPolicy;
import cn.scast.tianfu.evaluation.scoring.Criterion;
import cn.scast.tianfu.evaluation.scoring.FormType;

import java.time.Instant;
import java.util.List;

/** 乡土人才创新创业大赛: 市州初赛 → 省级决赛, open review, 金奖/银奖/铜奖 by quota in the final. */
public final class RuralTalentCompetition {

    public static final String PROGRAMME = CompetitionType.RURAL.programme();

    public static final List<Criterion> CRITERIA = List.of(
            new Criterion("INNOVATION", "创新创业能力", 1, 0, 30),
            new Criterion("BENEFIT", "带动增收效益", 1, 0, 30),
            new Criterion("SKILL", "技艺水平", 1, 0, 25),
            new Criterion("PROSPECT", "发展前景", 1, 0, 15));

    private RuralTalentCompetition() {
    }

    public static RoundSpec cityPreliminary(Instant opensAt, Instant closesAt, int advancing) {
        return new RoundSpec(1, "市州初赛", opensAt, closesAt, FormType.WEIGHTED, CRITERIA, false, 3, advancing,
                AdvancementPolicy.INCLUDE_ALL_TIED, "HIGHER_RAW_MEAN", null);
    }

    public static RoundSpec provincialFinal(Instant opensAt, Instant closesAt, int gold, int silver, int bronze) {
        return new RoundSpec(2, "省级决赛", opensAt, closesAt, FormType.WEIGHTED, CRITERIA, false, 5, 0,
                AdvancementPolicy.INCLUDE_ALL_TIED, "HIGHER_RAW_MEAN,MORE_JURORS",
                "QUOTA:金奖=" + gold + ";银奖=" + silver + ";铜奖=" + bronze);
    }
}
