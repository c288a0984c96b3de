package cn.scast.tianfu.competition;

import cn.scast.tianfu.evaluation.RoundSpec;
import cn.scast.tianfu.evaluation.ranking.AdvancementPolicy;
import cn.scast.tianfu.evaluation.scoring.Criterion;
import cn.scast.tianfu.evaluation.scoring.FormType;

import java.time.Instant;
import java.util.List;

/** 青少年科技创新大赛: 初赛 → 复赛 → 决赛, open review, score bands for 金奖/银奖/铜奖 in the final. */
public final class YouthInnovationCompetition {

    public static final String PROGRAMME = "青少年科技创新大赛";

    public static final List<Criterion> CRITERIA = List.of(
            new Criterion("CREATIVITY", "创新性", 1, 0, 40),
            new Criterion("SCIENCE", "科学性", 1, 0, 30),
            new Criterion("PRACTICE", "实用性", 1, 0, 30));

    private YouthInnovationCompetition() {
    }

    public static RoundSpec preliminary(Instant opensAt, Instant closesAt, int advancing) {
        return new RoundSpec(1, "初赛", opensAt, closesAt, FormType.WEIGHTED, CRITERIA, false, 3, advancing,
                AdvancementPolicy.INCLUDE_ALL_TIED, "HIGHER_RAW_MEAN", null);
    }

    public static RoundSpec semiFinal(Instant opensAt, Instant closesAt, int advancing) {
        return new RoundSpec(2, "复赛", opensAt, closesAt, FormType.WEIGHTED, CRITERIA, false, 3, advancing,
                AdvancementPolicy.EXCLUDE_TIED_GROUP, "HIGHER_RAW_MEAN", null);
    }

    public static RoundSpec last(Instant opensAt, Instant closesAt) {
        return new RoundSpec(3, "决赛", opensAt, closesAt, FormType.WEIGHTED, CRITERIA, false, 5, 0,
                AdvancementPolicy.INCLUDE_ALL_TIED, "HIGHER_RAW_MEAN,MORE_JURORS", "BAND_RAW_MEAN:金奖=90;银奖=80;铜奖=70");
    }
}
