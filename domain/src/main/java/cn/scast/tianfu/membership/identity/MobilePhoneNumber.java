package cn.scast.tianfu.membership.identity;

import java.util.regex.Pattern;

/**
 * Mainland China mobile number, normalised to 11 digits (1[3-9]xxxxxxxxx). Input may carry a +86 or 0086
 * prefix and spaces or dashes, as people copy numbers from business cards and spreadsheets.
 */
public final class MobilePhoneNumber {

    static final String REASON_EMPTY = "手机号码不能为空";
    static final String REASON_FORMAT = "手机号码格式不正确";

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    private final String value;

    private MobilePhoneNumber(String value) {
        this.value = value;
    }

    /** @throws InvalidIdentifierException with a Chinese reason */
    public static MobilePhoneNumber parse(String raw) {
        if (IdentifierText.isBlank(raw)) {
            throw new InvalidIdentifierException(REASON_EMPTY);
        }
        String compact = stripSeparators(IdentifierText.fold(raw));
        if (compact.startsWith("+86")) {
            compact = compact.substring(3);
        } else if (compact.startsWith("0086")) {
            compact = compact.substring(4);
        }
        if (!MOBILE.matcher(compact).matches()) {
            throw new InvalidIdentifierException(REASON_FORMAT);
        }
        return new MobilePhoneNumber(compact);
    }

    public static boolean isValid(String raw) {
        try {
            parse(raw);
            return true;
        } catch (InvalidIdentifierException e) {
            return false;
        }
    }

    private static String stripSeparators(String text) {
        StringBuilder compact = new StringBuilder(text.length());
        text.codePoints()
                .filter(c -> c != '-' && !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(compact::appendCodePoint);
        return compact.toString();
    }

    /** The 11-digit number without prefix or separators. */
    public String value() {
        return value;
    }

    /** Display form hiding the middle four digits, e.g. 138****8000, the usual Chinese convention. */
    public String masked() {
        return value.substring(0, 3) + "****" + value.substring(7);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MobilePhoneNumber that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Masked: a member's phone number is personal data and must not leak into logs. */
    @Override
    public String toString() {
        return masked();
    }
}
