package cn.scast.tianfu.membership;

/** Whether an account may sign in: only ACTIVE ones; self-registered accounts wait as PENDING for review. */
public enum AccountStatus {
    ACTIVE,
    /** 待审核 */
    PENDING,
    /** 审核未通过 */
    REJECTED
}
