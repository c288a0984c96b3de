package cn.scast.tianfu.evaluation.intake;

/**
 * How one programme names its intake in messages and the audit trail.
 *
 * @param editionNoun    "评奖" or "竞赛", as in 评奖届次 N 不存在
 * @param submissionNoun "推荐" or "报名", as in 缺少推荐内容
 * @param quotaMeasure   the measure word of the quota, as in 名额 3 个已用完
 * @param quotaField     the form field and submission attribute naming the unit whose quota is used
 * @param quotaAuditKey  the key of that unit in the audit record
 */
public record IntakeTerms(String editionNoun, String submissionNoun, String quotaMeasure, String quotaField,
                          String quotaAuditKey, String editionTable, String refusedAction, String submissionTable,
                          String acceptedAction, String acceptedReason) {
}
