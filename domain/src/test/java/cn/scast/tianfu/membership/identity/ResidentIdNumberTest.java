package cn.scast.tianfu.membership.identity;

import cn.scast.tianfu.platform.ChinaTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResidentIdNumberTest {

    /** Fixed "today" so birth-date rules do not depend on when the build runs. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static final byte[] KEY = "tianfu-test-key-0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private static ResidentIdNumber parse(String raw) {
        return ResidentIdNumber.parse(raw, TODAY);
    }

    private static String reasonFor(String raw) {
        return assertThrows(InvalidIdentifierException.class, () -> parse(raw)).reason();
    }

    @Test
    void checkCharacterOfTheStandardsOwnExampleIsX() {
        // GB 11643-1999 example 11010519491231002X, weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2:
        // 1×7 + 1×9 + 0×10 + 1×5 + 0×8 + 5×4 + 1×2 + 9×1 + 4×6 + 9×3 + 1×7 + 2×9 + 3×10 + 1×5 + 0×8 + 0×4 + 2×2
        // = 7+9+0+5+0+20+2+9+24+27+7+18+30+5+0+0+4 = 167; 167 mod 11 = 2; "10X98765432"[2] = X
        assertEquals('X', ResidentIdNumber.checkCharacter("11010519491231002"));
        assertEquals("11010519491231002X", parse("11010519491231002X").value());
    }

    @Test
    void checkCharacterOfAChengduNumberIsSeven() {
        // 51010419900307123: 5×7 + 1×9 + 0×10 + 1×5 + 0×8 + 4×4 + 1×2 + 9×1 + 9×6 + 0×3 + 0×7 + 3×9 + 0×10
        // + 7×5 + 1×8 + 2×4 + 3×2 = 35+9+0+5+0+16+2+9+54+0+0+27+0+35+8+8+6 = 214; 214 mod 11 = 5; [5] = 7
        assertEquals('7', ResidentIdNumber.checkCharacter("51010419900307123"));
        assertTrue(ResidentIdNumber.isValid("510104199003071237"));
    }

    @Test
    void everyCheckValueSatisfiesTheIso7064Definition() {
        // Independent oracle from ISO 7064 MOD 11-2 itself rather than the weight table: with the check
        // character as a(1) (X = 10) and a(i) the i-th character from the right, Σ a(i) × 2^(i−1) ≡ 1 (mod 11).
        // Walking the sequence digits covers all 11 remainders, so each entry of "10X98765432" is exercised.
        Set<Character> seen = new HashSet<>();
        for (int sequence = 0; sequence < 200; sequence++) {
            String first17 = "51010419900307" + String.format("%03d", sequence);
            char check = ResidentIdNumber.checkCharacter(first17);
            String number = first17 + check;
            int sum = 0;
            for (int i = 1; i <= 18; i++) {
                char c = number.charAt(18 - i);
                int value = c == 'X' ? 10 : c - '0';
                sum += value * (int) (Math.pow(2, i - 1) % 11);
            }
            assertEquals(1, sum % 11, number);
            seen.add(check);
        }
        assertEquals(11, seen.size(), "all check values 0-9 and X");
    }

    @Test
    void lowerCaseXAndSurroundingSpaceAreNormalised() {
        ResidentIdNumber id = parse(" 11010519491231002x ");
        assertEquals("11010519491231002X", id.value());
        assertEquals(parse("11010519491231002X"), id);
    }

    @Test
    void fullWidthDigitsFromChineseInputMethodsAreAccepted() {
        assertEquals("510104199003071237", parse("５１０１０４１９９００３０７１２３７").value());
    }

    @Test
    void accessorsReadRegionBirthDateAndGender() {
        ResidentIdNumber man = parse("510104199003071237");
        assertEquals("510104", man.regionCode());
        assertEquals(LocalDate.of(1990, 3, 7), man.birthDate());
        assertEquals(Gender.MALE, man.gender()); // 17th digit 3 is odd

        ResidentIdNumber woman = parse("11010519491231002X");
        assertEquals(LocalDate.of(1949, 12, 31), woman.birthDate());
        assertEquals(Gender.FEMALE, woman.gender()); // 17th digit 2 is even
    }

    @Test
    void wrongCheckDigitIsRejectedWithChineseReason() {
        assertEquals("身份证号校验位错误", reasonFor("510104199003071238"));
        assertEquals("身份证号校验位错误", reasonFor("110105194912310021"));
        assertFalse(ResidentIdNumber.isValid("510104199003071238"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "2", "3", "4", "5", "6", "8", "9", "X"})
    void everyOtherCheckCharacterIsRejected(String wrong) {
        assertEquals("身份证号校验位错误", reasonFor("51010419900307123" + wrong));
    }

    @Test
    void transposedDigitsAreCaught() {
        // Swapping two adjacent digits is the most common typing error; MOD 11-2 detects it.
        assertEquals("身份证号校验位错误", reasonFor("510140199003071237"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"51010419900307123", "5101041990030712377", "510104900307123", "510104900307123X"})
    void wrongLengthIsRejected(String raw) {
        // Includes old 15-digit numbers, which were replaced in 1999 and are not accepted for new records.
        assertEquals("身份证号长度应为 18 位", reasonFor(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"51010419900307123A", "5101041990030712X7", "51010419900307-237"})
    void nonDigitsAreRejected(String raw) {
        assertEquals("身份证号前 17 位应为数字，最后一位应为数字或 X", reasonFor(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"990104199003071236", "000104199003071237", "180104199003071235"})
    void unknownProvinceIsRejectedEvenWithCorrectCheckDigit(String raw) {
        assertEquals("身份证号地区码无效", reasonFor(raw));
    }

    @Test
    void residencePermitOfTaiwanResidentIsAccepted() {
        assertEquals("830000", parse("830000198001010018").regionCode());
    }

    @Test
    void nullOrBlankIsRejected() {
        assertEquals("身份证号不能为空", reasonFor(null));
        assertEquals("身份证号不能为空", reasonFor("  "));
    }

    @Test
    void february29IsValidOnlyInLeapYears() {
        // 2000 is a leap year (divisible by 400); 2024 is (divisible by 4); 1900 and 2023 are not.
        assertEquals(LocalDate.of(2000, 2, 29), parse("510104200002290011").birthDate());
        assertEquals(LocalDate.of(2024, 2, 29), parse("510104202402290044").birthDate());
        // Check digits below are correct, so only the date can be the reason.
        assertEquals("身份证号出生日期无效", reasonFor("510104190002290015"));
        assertEquals("身份证号出生日期无效", reasonFor("510104202302290020"));
    }

    @ParameterizedTest
    @CsvSource({
            "510104199013010016, month 13",
            "510104199002300018, February 30",
            "510104199004310017, April 31",
            "510104189912310013, before 1900"})
    void impossibleBirthDatesAreRejected(String raw, String why) {
        assertEquals("身份证号出生日期无效", reasonFor(raw), why);
    }

    @Test
    void firstOfJanuary1900IsTheEarliestBirthDate() {
        assertEquals(LocalDate.of(1900, 1, 1), parse("510104190001010018").birthDate());
    }

    @Test
    void birthDateMayBeTodayButNotInTheFuture() {
        String bornToday = withCheck("510104" + "20261124" + "001");
        String bornTomorrow = withCheck("510104" + "20261125" + "001");
        assertEquals(TODAY, ResidentIdNumber.parse(bornToday, TODAY).birthDate());
        InvalidIdentifierException e = assertThrows(InvalidIdentifierException.class,
                () -> ResidentIdNumber.parse(bornTomorrow, TODAY));
        assertEquals("身份证号出生日期无效", e.reason());
    }

    @Test
    void parseWithoutDateUsesTodayInChina() {
        LocalDate tomorrow = LocalDate.now(ChinaTime.ZONE).plusDays(1);
        String bornTomorrow = withCheck("510104" + tomorrow.toString().replace("-", "") + "001");
        assertFalse(ResidentIdNumber.isValid(bornTomorrow));
        assertTrue(ResidentIdNumber.isValid("510104199003071237"));
    }

    @Test
    void maskedKeepsFirstSixAndLastFour() {
        assertEquals("510104********1237", parse("510104199003071237").masked());
        assertEquals("110105********002X", parse("11010519491231002x").masked());
    }

    @Test
    void toStringDoesNotRevealTheNumberOrBirthDate() {
        ResidentIdNumber id = parse("510104199003071237");
        String text = id.toString() + " " + String.valueOf(id);
        assertFalse(text.contains("510104199003071237"), text);
        assertFalse(text.contains("19900307"), text);
        assertEquals("510104********1237", id.toString());
    }

    @Test
    void rejectionMessageDoesNotEchoTheInput() {
        InvalidIdentifierException e = assertThrows(InvalidIdentifierException.class,
                () -> parse("510104199003071238"));
        assertFalse(e.getMessage().contains("5101041990"), e.getMessage());
    }

    @Test
    void hashIsHmacSha256OfTheNormalisedNumber() {
        // Reference value computed independently with Python:
        // hmac.new(b"tianfu-test-key-0123456789abcdef", b"11010519491231002X", hashlib.sha256).hexdigest()
        assertEquals("02851bcdd096533294e34a61efc1f8910f7f20c225651d675a253ea550e58d4d",
                parse("11010519491231002x").hash(KEY));
    }

    @Test
    void hashIsStableAcrossInstancesAndInputSpellings() {
        assertEquals(parse("11010519491231002X").hash(KEY), parse(" 11010519491231002x").hash(KEY.clone()));
    }

    @Test
    void hashDependsOnKeyAndNumber() {
        byte[] otherKey = "another-key-of-thirty-two-bytes!".getBytes(StandardCharsets.US_ASCII);
        ResidentIdNumber id = parse("510104199003071237");
        assertNotEquals(id.hash(KEY), id.hash(otherKey));
        assertNotEquals(id.hash(KEY), parse("11010519491231002X").hash(KEY));
        assertFalse(id.hash(KEY).contains("510104199003071237"));
        assertTrue(id.hash(KEY).matches("[0-9a-f]{64}"));
    }

    @Test
    void hashRefusesMissingOrShortKeys() {
        ResidentIdNumber id = parse("510104199003071237");
        assertThrows(IllegalArgumentException.class, () -> id.hash(null));
        assertThrows(IllegalArgumentException.class, () -> id.hash(new byte[15]));
    }

    @Test
    void equalityIsByNormalisedValue() {
        assertEquals(parse("11010519491231002X").hashCode(), parse("11010519491231002x").hashCode());
        assertNotEquals(parse("510104199003071237"), parse("11010519491231002X"));
    }

    private static String withCheck(String first17) {
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }
}
