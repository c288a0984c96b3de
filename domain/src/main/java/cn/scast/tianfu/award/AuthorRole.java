package cn.scast.tianfu.award;

/** The nominee's place on the paper's author list; only first and corresponding authors may be nominated. */
public enum AuthorRole {
    FIRST("第一作者"),
    CORRESPONDING("通讯作者"),
    OTHER("其他作者");

    private final String label;

    AuthorRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Accepts the code or the Chinese label, as typed in a form or an import file; null when unknown. */
    public static AuthorRole parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        for (AuthorRole r : values()) {
            if (r.name().equalsIgnoreCase(t) || r.label.equals(t)) {
                return r;
            }
        }
        return null;
    }
}
