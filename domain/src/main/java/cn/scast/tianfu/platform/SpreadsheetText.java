package cn.scast.tianfu.platform;

/**
 * Text written into a file that people open in a spreadsheet (CSV reports, XLSX exports). A cell that starts
 * with {@code = + - @}, TAB or CR, also after leading blanks, could run as a formula (CSV injection,
 * {@code =cmd|' /C calc'!A0}); it gets a leading apostrophe, as the OWASP advice on CSV injection says, so
 * the spreadsheet shows it as text.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /** {@code true} if a spreadsheet could take {@code value} for a formula. */
    public static boolean isFormulaLike(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        if (isFormulaStart(first) || first == '\t' || first == '\r') {
            return true;
        }
        String stripped = value.strip();
        return !stripped.isEmpty() && isFormulaStart(stripped.charAt(0));
    }

    /** {@code value} with a leading apostrophe if it is formula-like, else unchanged ({@code null} stays null). */
    public static String neutralise(String value) {
        return isFormulaLike(value) ? "'" + value : value;
    }

    private static boolean isFormulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@';
    }
}
