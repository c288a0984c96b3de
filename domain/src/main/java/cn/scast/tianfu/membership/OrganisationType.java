package cn.scast.tianfu.membership;

/** Kinds of member organisation. */
public enum OrganisationType {
    /** 企事业单位 */
    ENTERPRISE_OR_INSTITUTION,
    /** 高校科协 */
    UNIVERSITY_ASSOCIATION,
    /** 企业科协 */
    ENTERPRISE_ASSOCIATION
}
