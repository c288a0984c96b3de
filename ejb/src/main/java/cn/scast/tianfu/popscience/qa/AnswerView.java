package cn.scast.tianfu.popscience.qa;

/** An answer as shown: the answerer's display name and capacity (科普员, 专家, 工作人员), the text and when (China time). */
public record AnswerView(long id, String answererName, String kind, String kindLabel, String text, String answeredAt) {
}
