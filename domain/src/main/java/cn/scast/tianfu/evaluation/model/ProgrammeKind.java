package cn.scast.tianfu.evaluation.model;

/** Awards (学会/期刊奖, 优秀论文, 一流学会, 最美科技工作者) and competitions (青少年科技创新大赛, 乡土人才大赛). */
public enum ProgrammeKind {
    AWARD,
    COMPETITION
}
