package cn.scast.tianfu.membership.identity;

import java.util.Locale;

/**
 * 统一社会信用代码 (unified social credit code, GB 32100-2015) of an organisation such as a member company or
 * society: 登记管理部门代码 (1 char), 机构类别代码 (1), 登记管理机关行政区划码 (6 digits),
 * 主体标识码 (9, the former organisation code) and a MOD 31 check character.
 *
 * <p>Unlike ID numbers these codes are public (printed on business licences), so {@link #toString()} shows them.
 */
public final class UnifiedSocialCreditCode {

    public static final int LENGTH = 18;

    /** The 31 characters of the code; I, O, Z, S and V are left out because they look like 1, 0, 2, 5 and U. */
    static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    static final String REASON_EMPTY = "统一社会信用代码不能为空";
    static final String REASON_LENGTH = "统一社会信用代码长度应为 18 位";
    static final String REASON_FORBIDDEN_LETTER = "统一社会信用代码含有非法字符 I/O/Z/S/V";
    static final String REASON_ILLEGAL_CHARACTER = "统一社会信用代码只能包含数字和大写字母";
    static final String REASON_AUTHORITY = "统一社会信用代码登记管理部门代码无效";
    static final String REASON_REGION = "统一社会信用代码第 3–8 位应为行政区划码数字";
    static final String REASON_CHECK_CHARACTER = "统一社会信用代码校验位错误";

    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final String FORBIDDEN_LETTERS = "IOZSV";

    /**
     * 登记管理部门代码: 1 机构编制, 2 外交, 3 司法行政, 4 文化, 5 民政, 6 旅游, 7 宗教, 8 工会, 9 市场监管(工商),
     * A 军队改革和编制, N 农业农村, Y 其他. A and N were added after the 2015 edition; leaving them out would
     * reject real codes of military institutions and rural collective economic organisations.
     */
    private static final String AUTHORITY_CODES = "123456789ANY";

    private final String value;

    private UnifiedSocialCreditCode(String value) {
        this.value = value;
    }

    /**
     * Parses after trimming and upper-casing (codes are often typed in lower case).
     *
     * @throws InvalidIdentifierException with a Chinese reason
     */
    public static UnifiedSocialCreditCode parse(String raw) {
        if (IdentifierText.isBlank(raw)) {
            throw new InvalidIdentifierException(REASON_EMPTY);
        }
        String candidate = normalise(raw);
        if (candidate.length() != LENGTH) {
            throw new InvalidIdentifierException(REASON_LENGTH);
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = candidate.charAt(i);
            if (FORBIDDEN_LETTERS.indexOf(c) >= 0) {
                throw new InvalidIdentifierException(REASON_FORBIDDEN_LETTER);
            }
            if (CHARSET.indexOf(c) < 0) {
                throw new InvalidIdentifierException(REASON_ILLEGAL_CHARACTER);
            }
        }
        if (AUTHORITY_CODES.indexOf(candidate.charAt(0)) < 0) {
            throw new InvalidIdentifierException(REASON_AUTHORITY);
        }
        for (int i = 2; i < 8; i++) {
            char c = candidate.charAt(i);
            if (c < '0' || c > '9') {
                throw new InvalidIdentifierException(REASON_REGION);
            }
        }
        if (checkCharacter(candidate.substring(0, LENGTH - 1)) != candidate.charAt(LENGTH - 1)) {
            throw new InvalidIdentifierException(REASON_CHECK_CHARACTER);
        }
        return new UnifiedSocialCreditCode(candidate);
    }

    public static boolean isValid(String raw) {
        try {
            parse(raw);
            return true;
        } catch (InvalidIdentifierException e) {
            return false;
        }
    }

    /** Trimmed, full-width folded and upper-cased; no validation. */
    public static String normalise(String raw) {
        return IdentifierText.fold(raw).toUpperCase(Locale.ROOT);
    }

    /**
     * The check character for the first 17 characters: 31 - (Σ value×weight mod 31), where 31 becomes 0.
     * Public so seeds and tests can build valid fictitious codes.
     */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != LENGTH - 1) {
            throw new IllegalArgumentException("17 characters expected");
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            int code = CHARSET.indexOf(first17.charAt(i));
            if (code < 0) {
                throw new IllegalArgumentException("character outside the credit code charset at " + i);
            }
            sum += code * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return CHARSET.charAt(check == 31 ? 0 : check);
    }

    public String value() {
        return value;
    }

    /** 登记管理部门代码, e.g. '9' for companies registered with market regulation, '5' for civil affairs. */
    public char registrationAuthority() {
        return value.charAt(0);
    }

    /** 机构类别代码, e.g. '1' 企业 under authority 9, '1' 社会团体 under authority 5. */
    public char institutionCategory() {
        return value.charAt(1);
    }

    /** 6-digit region code of the registering authority (100000 for national level). */
    public String regionCode() {
        return value.substring(2, 8);
    }

    /** 主体标识码: the 9-character former organisation code. */
    public String organisationCode() {
        return value.substring(8, 17);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UnifiedSocialCreditCode that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
