package cn.scast.tianfu.platform;

/** What forms, imports and records do with optional text fields. */
public final class Text {

    private Text() {
    }

    /** Blank text (null, empty, white space only) as null; other text without leading and trailing white space. */
    public static String strippedOrNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
