package cn.scast.tianfu.evaluation.assignment;

/** Juror {@code jurorId} is to evaluate entry {@code entryId}. */
public record Assignment(String entryId, String jurorId, String category) {
}
