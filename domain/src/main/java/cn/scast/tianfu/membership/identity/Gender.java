package cn.scast.tianfu.membership.identity;

/** Gender as encoded in a resident ID number (17th digit: odd = male, even = female). */
public enum Gender {
    MALE,
    FEMALE
}
