package cn.scast.tianfu.evaluation.model;

/**
 * Awards (学会/期刊奖, 优秀论文, 一流学会, 最美科技工作者), competitions (青少年科技创新大赛, 乡土人才大赛) and the
 * expert review of the 科创会's major projects.
 */
public enum ProgrammeKind {
    AWARD,
    COMPETITION,
    FAIR_REVIEW
}
