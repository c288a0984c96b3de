package cn.scast.tianfu.award;

import cn.scast.tianfu.evaluation.RoundSpec;
import cn.scast.tianfu.evaluation.ranking.AdvancementPolicy;
import cn.scast.tianfu.evaluation.scoring.Criterion;
import cn.scast.tianfu.evaluation.scoring.FormType;

import java.time.Instant;
import java.util.List;

/** 川渝科技学术大会优秀论文: the programme's standard first round (初评), blind, four weighted criteria. */
public final class ExcellentPaperAward {

    public static final String PROGRAMME = "川渝科技学术大会优秀论文";

    /** 创新性 30 / 科学性 30 / 应用价值 25 / 写作规范 15: each scored on its own scale, weight 1, total 100. */
    public static final List<Criterion> CRITERIA = List.of(
            new Criterion("INNOVATION", "创新性", 1, 0, 30),
            new Criterion("RIGOUR", "科学性", 1, 0, 30),
            new Criterion("VALUE", "应用价值", 1, 0, 25),
            new Criterion("WRITING", "写作规范", 1, 0, 15));

    private ExcellentPaperAward() {
    }

    /** 初评: two jurors per paper, the best half advance, 一等奖/二等奖/三等奖 by quota. */
    public static RoundSpec firstRound(Instant opensAt, Instant closesAt) {
        return new RoundSpec(1, "初评", opensAt, closesAt, FormType.WEIGHTED, CRITERIA, true, 2, 4,
                AdvancementPolicy.INCLUDE_ALL_TIED, "HIGHER_RAW_MEAN,MORE_JURORS", "QUOTA:一等奖=1;二等奖=2;三等奖=3");
    }
}
