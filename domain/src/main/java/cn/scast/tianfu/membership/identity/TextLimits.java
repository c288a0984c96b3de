package cn.scast.tianfu.membership.identity;

/**
 * Length rules counted in Unicode code points. MariaDB utf8mb4 VARCHAR(n) limits characters (code points),
 * while String.length() counts UTF-16 units, so a rare-character name such as 𠮷 (U+20BB7, common in
 * personal names) would count twice and be wrongly rejected or, when truncating, split into a broken surrogate.
 */
public final class TextLimits {

    private TextLimits() {
    }

    /** Number of code points; 0 for null. */
    public static int codePointLength(CharSequence text) {
        return text == null ? 0 : Character.codePointCount(text, 0, text.length());
    }

    public static boolean fits(CharSequence text, int maxCodePoints) {
        return codePointLength(text) <= maxCodePoints;
    }

    /** The first {@code maxCodePoints} code points, never cutting a surrogate pair in half. */
    public static String truncate(String text, int maxCodePoints) {
        if (maxCodePoints < 0) {
            throw new IllegalArgumentException("maxCodePoints must not be negative");
        }
        if (text == null || codePointLength(text) <= maxCodePoints) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, maxCodePoints));
    }
}
