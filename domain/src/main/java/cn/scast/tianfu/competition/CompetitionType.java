package cn.scast.tianfu.competition;

/** The competitions run on the evaluation engine; each name is the engine programme's name. */
public enum CompetitionType {
    YOUTH("青少年科技创新大赛"),
    RURAL("乡土人才创新创业大赛");

    private final String programme;

    CompetitionType(String programme) {
        this.programme = programme;
    }

    public String programme() {
        return programme;
    }
}
