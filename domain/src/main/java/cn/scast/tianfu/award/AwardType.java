package cn.scast.tianfu.award;

/** The award programmes run on the evaluation engine; each name is the engine programme's name. */
public enum AwardType {
    PAPER("川渝科技学术大会优秀论文"),
    SOCIETY("一流学会"),
    JOURNAL("一流科技期刊"),
    EVENT("具有影响力的学术活动"),
    WORKER("最美科技工作者");

    private final String programme;

    AwardType(String programme) {
        this.programme = programme;
    }

    public String programme() {
        return programme;
    }
}
