package cn.scast.tianfu.imports.file;

/**
 * Checks applied by every {@link RowSource} to every cell value; a cell that fails rejects its row.
 *
 * <h2>Formula injection rule</h2>
 * Leading white space (space, TAB, CR, LF, ideographic space …) is ignored, then the first character
 * decides:
 * <ul>
 *   <li>{@code =} or {@code @}: always rejected ({@code =cmd|' /C calc'!A0}, {@code =HYPERLINK(…)},
 *       {@code @SUM(…)}).</li>
 *   <li>{@code -}: accepted only if the whole value is a plain number ({@code -12.5}, {@code -1,234.50},
 *       {@code -3%}, {@code -1.5E3}) or a lone {@code -} used as "none"; everything else
 *       ({@code -2+3}, {@code -cmd|…}, {@code -SUM(…)}) is rejected.</li>
 *   <li>{@code +}: accepted only if the whole value is a plain number ({@code +12.5}) or a phone number,
 *       that is {@code +} followed by digits, spaces, hyphens and parentheses with at least 7 digits
 *       ({@code +86 13800000000}, {@code +86 (28) 8765-4321}); everything else ({@code +SUM(A1)},
 *       {@code +1+1}) is rejected.</li>
 * </ul>
 * So a leading TAB or CR only matters when a formula character follows it, and such a cell is rejected
 * by the same rule. "Plain number" means ASCII digits with optional thousands groups, an optional
 * decimal part, an optional exponent and an optional trailing {@code %}
 * ({@code (\d+(,\d{3})*(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?}); it is checked by hand, without regular
 * expressions, and only for cells starting with + or -.
 */
public final class CellChecks {

    private static final int PHONE_MIN_DIGITS = 7;

    private CellChecks() {
    }

    /**
     * Reason why {@code value} looks like a spreadsheet formula, or {@code null} if it is safe.
     * See the class comment for the exact rule.
     */
    public static String formulaInjectionReason(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        int length = value.length();
        int i = 0;
        char first = value.charAt(0);
        // fast path: nearly every cell starts with a harmless character
        if (first > '@' ? first < 0x80 || !Character.isWhitespace(first)
                : first > ' ' && first != '=' && first != '+' && first != '-' && first != '@') {
            return null;
        }
        while (i < length && Character.isWhitespace(value.charAt(i))) {
            i++;
        }
        if (i == length) {
            return null;
        }
        char c = value.charAt(i);
        switch (c) {
            case '=':
            case '@':
                return reason(c);
            case '-': {
                int from = skipBlanks(value, i + 1);
                int to = trimEnd(value, from);
                if (from == to || isPlainNumber(value, from, to)) {
                    return null;
                }
                return reason(c);
            }
            case '+': {
                int from = skipBlanks(value, i + 1);
                int to = trimEnd(value, from);
                if (isPlainNumber(value, from, to) || isPhoneBody(value, from, to)) {
                    return null;
                }
                return reason(c);
            }
            default:
                return null;
        }
    }

    /** {@code true} if {@link #formulaInjectionReason(String)} rejects the value. */
    public static boolean isFormulaLike(String value) {
        return formulaInjectionReason(value) != null;
    }

    private static int skipBlanks(String s, int from) {
        while (from < s.length() && Character.isWhitespace(s.charAt(from))) {
            from++;
        }
        return from;
    }

    /** End of {@code s} without trailing white space, not before {@code from}. */
    private static int trimEnd(String s, int from) {
        int to = s.length();
        while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code s[from, to)} is {@code (\d+(,\d{3})*(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?}. */
    static boolean isPlainNumber(String s, int from, int to) {
        int i = from;
        int intDigits = 0;
        while (i < to && isDigit(s.charAt(i))) {
            i++;
            intDigits++;
        }
        if (intDigits > 0) {
            // thousands groups: ",ddd" repeated
            while (i + 3 < to && s.charAt(i) == ',' && isDigit(s.charAt(i + 1)) && isDigit(s.charAt(i + 2))
                    && isDigit(s.charAt(i + 3)) && (i + 4 == to || !isDigit(s.charAt(i + 4)))) {
                i += 4;
            }
            if (i < to && s.charAt(i) == '.') {
                i++;
                while (i < to && isDigit(s.charAt(i))) {
                    i++;
                }
            }
        } else {
            if (i >= to || s.charAt(i) != '.') {
                return false;
            }
            i++;
            int fraction = 0;
            while (i < to && isDigit(s.charAt(i))) {
                i++;
                fraction++;
            }
            if (fraction == 0) {
                return false;
            }
        }
        if (i < to && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < to && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exponent = 0;
            while (i < to && isDigit(s.charAt(i))) {
                i++;
                exponent++;
            }
            if (exponent == 0) {
                return false;
            }
        }
        if (i < to && s.charAt(i) == '%') {
            i++;
        }
        return i == to;
    }

    /** {@code s[from, to)} is a digit followed by digits, spaces, hyphens and parentheses, 7 digits at least. */
    private static boolean isPhoneBody(String s, int from, int to) {
        if (from >= to || !isDigit(s.charAt(from))) {
            return false;
        }
        int digits = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (isDigit(c)) {
                digits++;
            } else if (c != ' ' && c != '-' && c != '(' && c != ')') {
                return false;
            }
        }
        return digits >= PHONE_MIN_DIGITS;
    }

    private static String reason(char c) {
        return "单元格内容疑似公式注入（以 " + c + " 开头）";
    }

    /** Reason for a cell of {@code actualLength} characters, or {@code null} if it fits {@code maxLength}. */
    public static String lengthReason(int maxLength, long actualLength) {
        if (actualLength <= maxLength) {
            return null;
        }
        return "单元格超过最大长度 " + maxLength + " 字符（实际 " + actualLength + "）";
    }

    /** Reason for a cell that holds a spreadsheet formula (XLSX). */
    public static String formulaCellReason() {
        return "单元格包含公式";
    }

    /**
     * All cell checks for one value: length first, then formula injection.
     *
     * @return the Chinese reason, or {@code null} if the value is acceptable
     */
    public static String check(String value, ReadLimits limits) {
        if (value == null) {
            return null;
        }
        String tooLong = lengthReason(limits.maxCellLength(), value.length());
        return tooLong != null ? tooLong : formulaInjectionReason(value);
    }
}
