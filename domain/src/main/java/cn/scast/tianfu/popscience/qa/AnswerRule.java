package cn.scast.tianfu.popscience.qa;

import cn.scast.tianfu.popscience.PopScienceTopic;
import cn.scast.tianfu.popscience.Region;

import java.util.Optional;

/**
 * Who may answer a question: the province office any; city staff the questions of their own city; a 科普员 those of
 * the county their registry entry lies in; an expert those of the topics they were designated for, anywhere. The
 * kind shown beside the answer is the closest one: 科普员 before 专家 before 工作人员.
 */
public final class AnswerRule {

    private AnswerRule() {
    }

    /** The capacity in which {@code who} may answer a question of the topic and region, or empty if not at all. */
    public static Optional<AnswererKind> mayAnswer(Answerer who, PopScienceTopic topic, Region region) {
        if (who == null || topic == null || region == null) {
            return Optional.empty();
        }
        if (region.countyCode() != null && who.volunteerCounties().contains(region.countyCode())) {
            return Optional.of(AnswererKind.VOLUNTEER);
        }
        if (who.expertTopics().contains(topic)) {
            return Optional.of(AnswererKind.EXPERT);
        }
        if (who.admin() || (who.staffCity() != null && who.staffCity().equals(region.cityCode()))) {
            return Optional.of(AnswererKind.STAFF);
        }
        return Optional.empty();
    }

    /** Whether {@code who} may hide questions and answers of the region: the province office, or the city's staff. */
    public static boolean mayModerate(Answerer who, Region region) {
        return who != null && region != null
                && (who.admin() || (who.staffCity() != null && who.staffCity().equals(region.cityCode())));
    }
}
