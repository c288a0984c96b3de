package cn.scast.tianfu.membership.identity;

import cn.scast.tianfu.platform.ChinaTime;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * 居民身份证号 (citizen identification number, GB 11643-1999): 6-digit region code, 8-digit birth date,
 * 3-digit sequence (17th digit odd for men), and an ISO 7064 MOD 11-2 check character (0-9 or X).
 *
 * <p>The number is personal data: {@link #toString()} shows only the {@link #masked()} form, and
 * {@link #hash(byte[])} gives a keyed natural key so imports can match people without storing the raw number.
 */
public final class ResidentIdNumber {

    public static final int LENGTH = 18;

    static final String REASON_EMPTY = "身份证号不能为空";
    static final String REASON_LENGTH = "身份证号长度应为 18 位";
    static final String REASON_CHARACTERS = "身份证号前 17 位应为数字，最后一位应为数字或 X";
    static final String REASON_REGION = "身份证号地区码无效";
    static final String REASON_BIRTH_DATE = "身份证号出生日期无效";
    static final String REASON_CHECK_DIGIT = "身份证号校验位错误";

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    /** Indexed by (weighted sum mod 11): the check value is (12 - sum mod 11) mod 11, with 10 written as X. */
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    /**
     * Province-level codes of GB/T 2260. 71/81/82/83 also appear on residence permits for Taiwan, Hong Kong
     * and Macao residents (830000 = Taiwan residents), which use the same number format and are valid IDs here.
     */
    private static final Set<String> PROVINCE_CODES = Set.of(
            "11", "12", "13", "14", "15",
            "21", "22", "23",
            "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46",
            "50", "51", "52", "53", "54",
            "61", "62", "63", "64", "65",
            "71", "81", "82", "83");

    private final String value;
    private final LocalDate birthDate;

    private ResidentIdNumber(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /** Parses and validates against today's date in China. */
    public static ResidentIdNumber parse(String raw) {
        return parse(raw, LocalDate.now(ChinaTime.ZONE));
    }

    /**
     * Parses and validates; {@code today} bounds the birth date so tests (and batch re-runs) are deterministic.
     *
     * @throws InvalidIdentifierException with a Chinese reason
     */
    public static ResidentIdNumber parse(String raw, LocalDate today) {
        if (IdentifierText.isBlank(raw)) {
            throw new InvalidIdentifierException(REASON_EMPTY);
        }
        String candidate = IdentifierText.fold(raw).toUpperCase(Locale.ROOT);
        if (candidate.length() != LENGTH) {
            throw new InvalidIdentifierException(REASON_LENGTH);
        }
        for (int i = 0; i < LENGTH - 1; i++) {
            if (!isAsciiDigit(candidate.charAt(i))) {
                throw new InvalidIdentifierException(REASON_CHARACTERS);
            }
        }
        char last = candidate.charAt(LENGTH - 1);
        if (!isAsciiDigit(last) && last != 'X') {
            throw new InvalidIdentifierException(REASON_CHARACTERS);
        }
        if (!PROVINCE_CODES.contains(candidate.substring(0, 2))) {
            throw new InvalidIdentifierException(REASON_REGION);
        }
        LocalDate birthDate = birthDate(candidate, today);
        if (checkCharacter(candidate.substring(0, LENGTH - 1)) != last) {
            throw new InvalidIdentifierException(REASON_CHECK_DIGIT);
        }
        return new ResidentIdNumber(candidate, birthDate);
    }

    public static boolean isValid(String raw) {
        try {
            parse(raw);
            return true;
        } catch (InvalidIdentifierException e) {
            return false;
        }
    }

    /**
     * The ISO 7064 MOD 11-2 check character for the first 17 digits. Public so test data and seeds can be
     * generated instead of copied from real people.
     */
    public static char checkCharacter(String first17Digits) {
        if (first17Digits == null || first17Digits.length() != LENGTH - 1) {
            throw new IllegalArgumentException("17 digits expected");
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            char c = first17Digits.charAt(i);
            if (!isAsciiDigit(c)) {
                throw new IllegalArgumentException("17 digits expected");
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    private static LocalDate birthDate(String candidate, LocalDate today) {
        int year = Integer.parseInt(candidate.substring(6, 10));
        int month = Integer.parseInt(candidate.substring(10, 12));
        int day = Integer.parseInt(candidate.substring(12, 14));
        LocalDate date;
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new InvalidIdentifierException(REASON_BIRTH_DATE);
        }
        if (date.isBefore(EARLIEST_BIRTH) || date.isAfter(today)) {
            throw new InvalidIdentifierException(REASON_BIRTH_DATE);
        }
        return date;
    }

    private static boolean isAsciiDigit(char c) {
        // Character.isDigit would also accept Arabic-Indic and other script digits.
        return c >= '0' && c <= '9';
    }

    /** The normalised 18-character number (upper-case X). Handle with care: this is the raw personal datum. */
    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    /** The 6-digit administrative region code where the number was first issued (not necessarily current). */
    public String regionCode() {
        return value.substring(0, 6);
    }

    public Gender gender() {
        return (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    /** Display form keeping the region code and the last four characters, e.g. 510104********123X. */
    public String masked() {
        return value.substring(0, 6) + "*".repeat(8) + value.substring(14);
    }

    /**
     * HMAC-SHA256 of the normalised number, as lower-case hex. A plain hash would be useless for privacy:
     * there are only ~10^10 plausible ID numbers, so anyone could hash them all; the secret key prevents that.
     *
     * @param secretKey at least 16 bytes, kept outside the database
     */
    public String hash(byte[] secretKey) {
        if (secretKey == null || secretKey.length < 16) {
            throw new IllegalArgumentException("secret key of at least 16 bytes required");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secretKey, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            // Every Java SE runtime must provide HmacSHA256.
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResidentIdNumber that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Masked on purpose: value objects end up in logs and exception messages. */
    @Override
    public String toString() {
        return masked();
    }
}
