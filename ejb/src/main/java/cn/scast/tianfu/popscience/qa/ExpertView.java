package cn.scast.tianfu.popscience.qa;

/** A topic expert: the account and the topic. */
public record ExpertView(long id, String username, String displayName, String topic, String topicLabel) {
}
