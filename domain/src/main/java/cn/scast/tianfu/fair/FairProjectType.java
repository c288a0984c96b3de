package cn.scast.tianfu.fair;

/** The three lists the fair publishes. */
public enum FairProjectType {
    /** 重大科技成果 */
    ACHIEVEMENT,
    /** 重大高新技术 */
    HIGH_TECH,
    /** 重大科技难题（揭榜攻关） */
    CHALLENGE
}
