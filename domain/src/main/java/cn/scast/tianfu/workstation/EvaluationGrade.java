package cn.scast.tianfu.workstation;

/** Yearly grade of an academician (expert) workstation: 优秀, 良好, 合格, 不合格. */
public enum EvaluationGrade {
    EXCELLENT,
    GOOD,
    PASS,
    FAIL
}
