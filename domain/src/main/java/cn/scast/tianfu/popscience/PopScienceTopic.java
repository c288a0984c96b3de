package cn.scast.tianfu.popscience;

/** The small topic taxonomy of 科普 items and of what accounts subscribe to. */
public enum PopScienceTopic {
    HEALTH("健康医疗"),
    AGRICULTURE("农业技术"),
    SAFETY("应急安全"),
    ENVIRONMENT("生态环境"),
    SPACE("航空航天"),
    DIGITAL("信息科技"),
    ENERGY("能源科技"),
    BASIC("基础科学");

    private final String label;

    PopScienceTopic(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
