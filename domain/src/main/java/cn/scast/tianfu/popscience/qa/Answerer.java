package cn.scast.tianfu.popscience.qa;

import cn.scast.tianfu.popscience.PopScienceTopic;

import java.util.Set;

/**
 * What makes an account an answerer of 科普问答: the province office (admin), city staff of one city, 科普员 linked to
 * the registry in some counties, expert of some topics. A caller may be several at once.
 *
 * @param admin              the province office: every question
 * @param staffCity          the city of a city staff member, or null
 * @param volunteerCounties  the counties of the 科普员 registry entries linked to the account
 * @param expertTopics       the topics the account was designated expert for
 */
public record Answerer(boolean admin, String staffCity, Set<String> volunteerCounties, Set<PopScienceTopic> expertTopics) {

    public static final Answerer NOBODY = new Answerer(false, null, Set.of(), Set.of());

    public Answerer {
        volunteerCounties = volunteerCounties == null ? Set.of() : Set.copyOf(volunteerCounties);
        expertTopics = expertTopics == null ? Set.of() : Set.copyOf(expertTopics);
        staffCity = staffCity == null || staffCity.isBlank() ? null : staffCity;
    }

    /** Whether the account may answer some question at all (and so has a queue). */
    public boolean answersAnything() {
        return admin || staffCity != null || !volunteerCounties.isEmpty() || !expertTopics.isEmpty();
    }
}
