package cn.scast.tianfu.membership.identity;

import java.util.regex.Pattern;

/** ISSN (ISO 3297): NNNN-NNNC where C is the mod-11 check character (X for 10). */
public final class Issn {

    private static final Pattern FORMAT = Pattern.compile("\\d{4}-\\d{3}[\\dX]");

    private Issn() {
    }

    /** True for a well-formed ISSN whose check character matches; lower-case x is accepted. */
    public static boolean isValid(String raw) {
        if (raw == null) {
            return false;
        }
        String issn = raw.strip().toUpperCase();
        if (!FORMAT.matcher(issn).matches()) {
            return false;
        }
        return issn.charAt(8) == checkCharacter(issn.substring(0, 4) + issn.substring(5, 8));
    }

    /** The check character for the first seven digits. */
    public static char checkCharacter(String sevenDigits) {
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (sevenDigits.charAt(i) - '0') * (8 - i);
        }
        int check = (11 - sum % 11) % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }

    /** The canonical form (upper-case X); call only on valid input. */
    public static String normalise(String raw) {
        return raw.strip().toUpperCase();
    }
}
