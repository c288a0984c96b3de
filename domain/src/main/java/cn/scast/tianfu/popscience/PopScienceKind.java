package cn.scast.tianfu.popscience;

/** What a 科普 item is: an article to read, a video to watch (a link), or an activity to attend. */
public enum PopScienceKind {
    ARTICLE("科普文章"),
    VIDEO("科普视频"),
    ACTIVITY("科普活动");

    private final String label;

    PopScienceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
