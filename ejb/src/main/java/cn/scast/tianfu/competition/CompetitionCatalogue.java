package cn.scast.tianfu.competition;

import cn.scast.tianfu.evaluation.RoundSpec;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How each contest is configured on the engine: categories (组别) and rounds (see seeds/contests.csv). */
public final class CompetitionCatalogue {

    /** Subjects per school level of the youth contest, as in the 37th/38th editions. */
    public static final Map<SchoolLevel, List<String>> YOUTH_SUBJECTS = Map.of(
            SchoolLevel.PRIMARY, List.of("物质科学", "生命科学", "技术"),
            SchoolLevel.JUNIOR, List.of("物质科学", "生命科学", "地球环境与宇宙科学", "技术", "行为与社会科学"),
            SchoolLevel.SENIOR, List.of("数学", "物理与天文学", "化学", "生命科学", "环境科学与工程",
                    "计算机科学与信息技术", "工程学", "行为与社会科学"));

    public static final List<String> RURAL_TRACKS = List.of("种植养殖", "农产品加工", "乡村工匠与传统技艺", "乡村旅游与电商服务");

    /** Group projects have at most this many members (the leader included). */
    public static final int MAX_TEAM = 3;

    private CompetitionCatalogue() {
    }

    /** Category code → name; youth codes are 学段-学科 (e.g. 初中-技术), rural codes the track name. */
    public static Map<String, String> categories(CompetitionType type) {
        Map<String, String> c = new LinkedHashMap<>();
        if (type == CompetitionType.YOUTH) {
            for (SchoolLevel level : SchoolLevel.values()) {
                YOUTH_SUBJECTS.get(level).forEach(s -> c.put(youthCategory(level, s), youthCategory(level, s)));
            }
        } else {
            RURAL_TRACKS.forEach(t -> c.put(t, t));
        }
        return c;
    }

    public static String youthCategory(SchoolLevel level, String subject) {
        return level.label() + "-" + subject;
    }

    public static List<RoundSpec> rounds(CompetitionType type, Instant opensAt, Instant closesAt) {
        return type == CompetitionType.YOUTH
                ? List.of(cn.scast.tianfu.competition.YouthInnovationCompetition.preliminary(opensAt, closesAt, 60),
                        cn.scast.tianfu.competition.YouthInnovationCompetition.semiFinal(opensAt, closesAt, 20),
                        cn.scast.tianfu.competition.YouthInnovationCompetition.last(opensAt, closesAt))
                : List.of(RuralTalentCompetition.cityPreliminary(opensAt, closesAt, 30),
                        RuralTalentCompetition.provincialFinal(opensAt, closesAt, 1, 2, 3));
    }
}
