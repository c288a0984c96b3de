package cn.scast.tianfu.award;

import cn.scast.tianfu.evaluation.RoundSpec;
import cn.scast.tianfu.evaluation.ranking.AdvancementPolicy;
import cn.scast.tianfu.evaluation.scoring.Criterion;
import cn.scast.tianfu.evaluation.scoring.FormType;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How each award is configured on the engine: categories, rounds, scoring forms and tiers. Only 最美科技工作者
 * has two rounds: it is a 差额评审, the first round narrows the field to twice the places, the final round
 * names exactly {@code places} winners. No award has a public vote.
 */
public final class AwardCatalogue {

    private AwardCatalogue() {
    }

    /** Category code → name, in display order. */
    public static Map<String, String> categories(AwardType type) {
        Map<String, String> c = new LinkedHashMap<>();
        switch (type) {
            case PAPER -> {
                c.put("SCI", "理学");
                c.put("ENG", "工学");
                c.put("AGR", "农学");
                c.put("MED", "医学");
                c.put("CROSS", "交叉学科");
            }
            case SOCIETY -> c.put("SOC", "省级学会");
            case JOURNAL -> {
                c.put("ZH", "中文科技期刊");
                c.put("EN", "英文科技期刊");
            }
            case EVENT -> c.put("CONF", "学术会议与论坛");
            case WORKER -> c.put("FRONT", "科研生产一线科技工作者");
        }
        return c;
    }

    /** The rounds of an edition; every round gets the same window here, the office reschedules them later. */
    public static List<RoundSpec> rounds(AwardType type, Instant opensAt, Instant closesAt, int places) {
        return switch (type) {
            case PAPER -> List.of(ExcellentPaperAward.firstRound(opensAt, closesAt));
            case SOCIETY -> List.of(single("评审", opensAt, closesAt, List.of(
                    new Criterion("ORGANISATION", "组织建设", 1, 0, 25),
                    new Criterion("ACADEMIC", "学术引领", 1, 0, 30),
                    new Criterion("SERVICE", "服务能力", 1, 0, 25),
                    new Criterion("IMPACT", "社会影响", 1, 0, 20)), "QUOTA:一流学会=" + places));
            case JOURNAL -> List.of(single("评审", opensAt, closesAt, List.of(
                    new Criterion("QUALITY", "学术质量", 1, 0, 40),
                    new Criterion("IMPACT", "影响力", 1, 0, 30),
                    new Criterion("EDITING", "编辑规范", 1, 0, 15),
                    new Criterion("PROSPECT", "发展潜力", 1, 0, 15)), "QUOTA:一流科技期刊=" + places));
            case EVENT -> List.of(single("评审", opensAt, closesAt, List.of(
                    new Criterion("LEVEL", "学术水平", 1, 0, 40),
                    new Criterion("IMPACT", "影响力", 1, 0, 30),
                    new Criterion("ORGANISING", "组织质量", 1, 0, 30)), "QUOTA:具有影响力的学术活动=" + places));
            case WORKER -> List.of(
                    new RoundSpec(1, "初评", opensAt, closesAt, FormType.WEIGHTED, WORKER_CRITERIA, false, 3,
                            places * 2, AdvancementPolicy.EXCLUDE_TIED_GROUP, "HIGHER_RAW_MEAN", null),
                    new RoundSpec(2, "终评", opensAt, closesAt, FormType.WEIGHTED, WORKER_CRITERIA, false, 5, 0,
                            AdvancementPolicy.EXCLUDE_TIED_GROUP, "HIGHER_RAW_MEAN,MORE_JURORS",
                            "QUOTA:最美科技工作者=" + places));
        };
    }

    /** Default places (获奖名额) when an edition does not say. */
    public static int defaultPlaces(AwardType type) {
        return switch (type) {
            case PAPER -> 6;
            case SOCIETY, EVENT -> 10;
            case JOURNAL -> 8;
            case WORKER -> 10;
        };
    }

    private static final List<Criterion> WORKER_CRITERIA = List.of(
            new Criterion("DEEDS", "先进事迹", 1, 0, 40),
            new Criterion("CONTRIBUTION", "科研贡献", 1, 0, 40),
            new Criterion("INFLUENCE", "社会影响", 1, 0, 20));

    private static RoundSpec single(String name, Instant opensAt, Instant closesAt, List<Criterion> criteria,
                                    String tiers) {
        return new RoundSpec(1, name, opensAt, closesAt, FormType.WEIGHTED, criteria, false, 3, 0,
                AdvancementPolicy.INCLUDE_ALL_TIED, "HIGHER_RAW_MEAN,MORE_JURORS", tiers);
    }
}
