package cn.scast.tianfu.concierge;

/** The steps a staff member logs on an order, in the order they usually happen. */
public enum StepType {
    /** 上门走访 */
    VISIT,
    /** 需求分析 */
    NEED_ANALYSIS,
    /** 对接引荐 */
    INTRODUCTION,
    /** 洽谈 */
    NEGOTIATION,
    /** 签约（带金额） */
    SIGNED
}
