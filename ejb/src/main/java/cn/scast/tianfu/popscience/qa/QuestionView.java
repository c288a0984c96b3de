package cn.scast.tianfu.popscience.qa;

import java.util.List;

/**
 * A question with its visible answers. {@code mine}, {@code answerAs} (the capacity label in which the caller may
 * answer, or null) and {@code moderate} (whether the caller may hide it) describe the caller's relation to it.
 */
public record QuestionView(long id, String title, String text, String topic, String topicLabel, String cityCode,
                           String countyCode, String town, String regionName, boolean answered, boolean hidden,
                           String askedAt, List<AnswerView> answers, boolean mine, String answerAs, boolean moderate) {
}
